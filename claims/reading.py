"""What readers see, read from the tables: clusters with their sources and evidence, the overview, the timeline, the matrix.

Every query a page needs lives here (or in claims/records.py), so views hold no SQL and the
same reads serve the HTML pages and the JSON API.
"""

from __future__ import annotations

from collections import defaultdict

from sqlite_utils import Database

from claims.timeline import incident_timeline

VERDICT_ORDER = ("contradicted", "disputed", "confirmed", "unverified")
# Slots in the order a reader asks about an incident; free-text claims (None) come last.
SLOT_ORDER = ("organization", "region", "victim_count", "data_category", "attack_vector", "accounts_compromised",
              "attack_date", "care_impact", "risk", "quote", None)
CONTEXT_CHARS = 220

LIVE = "merged_into IS NULL AND claim_count > 0"
CLUSTER_COLUMNS = ("id, key, slot, value, polarity, label, first_seen, first_confirmed, computed_verdict, verdict, "
                   "verdict_by, verdict_note, official_hedged, claim_count, source_count, merged_into, updated_at")


def slot_rank(slot: str | None) -> int:
    return SLOT_ORDER.index(slot) if slot in SLOT_ORDER else len(SLOT_ORDER) - 1


def verdict_counts(db: Database) -> dict[str, int]:
    counts = dict.fromkeys(VERDICT_ORDER, 0)
    for row in db.query(f"SELECT verdict, count(*) AS n FROM clusters WHERE {LIVE} GROUP BY verdict"):
        counts[row["verdict"]] = row["n"]
    return counts


def _sources_by_cluster(db: Database, cluster_ids: list[int] | None = None) -> dict[int, list[dict]]:
    """Each cluster's distinct sources, official ones first: who says it, in one query."""
    where = ""
    params: list = []
    if cluster_ids is not None:
        if not cluster_ids:
            return {}
        where = f"WHERE c.cluster_id IN ({', '.join('?' * len(cluster_ids))})"
        params = cluster_ids
    found: dict[int, list[dict]] = defaultdict(list)
    for row in db.query(
        "SELECT c.cluster_id, s.id, s.name, s.official, max(c.hedged) AS hedged, min(c.hedged) AS firm "
        f"FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id {where} "
        "GROUP BY c.cluster_id, s.id ORDER BY s.official DESC, s.name", params,
    ):
        found[row["cluster_id"]].append({"id": row["id"], "name": row["name"], "official": bool(row["official"]),
                                         "hedged_only": bool(row["firm"])})
    return found


def list_clusters(db: Database, *, verdict: str | None = None, slot: str | None = None,
                  limit: int | None = None) -> list[dict]:
    """Live clusters (not merged away, not empty), most-reported first, each with its sources."""
    sql = f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE {LIVE}"
    params: list = []
    if verdict:
        sql += " AND verdict = ?"
        params.append(verdict)
    if slot:
        sql += " AND slot = ?"
        params.append(slot)
    sql += " ORDER BY source_count DESC, claim_count DESC, id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    clusters = list(db.query(sql, params))
    sources = _sources_by_cluster(db, [c["id"] for c in clusters] if limit else None)
    for cluster in clusters:
        cluster["sources"] = sources.get(cluster["id"], [])
    return clusters


def clusters_by_slot(db: Database, *, verdict: str | None = None) -> list[tuple[str | None, list[dict]]]:
    """Clusters grouped by slot, slots in reading order, for the claims page."""
    groups: dict[str | None, list[dict]] = defaultdict(list)
    for cluster in list_clusters(db, verdict=verdict):
        groups[cluster["slot"]].append(cluster)
    return sorted(groups.items(), key=lambda item: slot_rank(item[0]))


def _context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence with some text either side, cut at word boundaries."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    if start > CONTEXT_CHARS and " " in before:
        before = "… " + before.split(" ", 1)[1]
    if end + CONTEXT_CHARS < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + " …"
    return before, text[start:end], after


def _claims(db: Database, where: str, params: list) -> list[dict]:
    rows = list(db.query(
        "SELECT c.id, c.article_id, c.slot, c.value, c.polarity, c.hedged, c.text, c.start, c.end, c.cluster_id, "
        "a.title AS article_title, a.url AS article_url, COALESCE(a.published, a.first_seen) AS published, "
        "a.text AS article_text, s.id AS source_id, s.name AS source_name, s.official "
        "FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id "
        f"WHERE {where} ORDER BY s.official DESC, published, c.id", params))
    for row in rows:
        text = row.pop("article_text")
        if text[row["start"]:row["end"]] == row["text"]:
            row["before"], row["sentence"], row["after"] = _context(text, row["start"], row["end"])
        else:  # the article changed since extraction: show the stored sentence alone
            row["before"], row["sentence"], row["after"] = "", row["text"], ""
        row["official"] = bool(row["official"])
        row["hedged"] = bool(row["hedged"])
    return rows


def get_cluster(db: Database, cluster_id: int) -> dict | None:
    rows = list(db.query(f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE id = ?", [cluster_id]))
    return rows[0] if rows else None


def cluster_detail(db: Database, cluster_id: int) -> dict | None:
    """One cluster: its claims in context, its sources, the editor's decision and the official word.

    The official word is the official statements the verdict rests on (claims.refresh records
    them), so a contradicted figure is shown next to the figure the authorities gave.
    """
    cluster = get_cluster(db, cluster_id)
    if cluster is None:
        return None
    cluster["claims"] = _claims(db, "c.cluster_id = ?", [cluster_id])
    cluster["sources"] = _sources_by_cluster(db, [cluster_id]).get(cluster_id, [])
    # The statements the verdict rests on (for a contradicted cluster they sit in the opposing one).
    basis = _claims(db, "c.id IN (SELECT value FROM json_each((SELECT official_claim_ids FROM clusters "
                        "WHERE id = ?))) AND c.cluster_id IS NOT ?", [cluster_id, cluster_id])
    cluster["official_word"] = [c for c in cluster["claims"] if c["official"]] + basis
    cluster["media_claims"] = [c for c in cluster["claims"] if not c["official"]]
    rows = list(db.query("SELECT verdict, reason, editor, at FROM editor_verdicts WHERE cluster_id = ?", [cluster_id]))
    cluster["editor_verdict"] = rows[0] if rows else None
    cluster["related"] = [c for c in list_clusters(db, slot=cluster["slot"]) if c["id"] != cluster_id] \
        if cluster["slot"] else []
    return cluster


def overview(db: Database, *, top: int = 6) -> dict:
    """The incident on one screen: counts, what is confirmed, contradicted, disputed, still unconfirmed, latest changes."""
    return {
        "counts": verdict_counts(db),
        "confirmed": list_clusters(db, verdict="confirmed", limit=top),
        "contradicted": list_clusters(db, verdict="contradicted", limit=top),
        "disputed": list_clusters(db, verdict="disputed", limit=top),
        "unverified": list_clusters(db, verdict="unverified", limit=top),
        "changes": list(db.query("SELECT id, at, editor, action, target, old, new, reason FROM audit_log "
                                 "ORDER BY id DESC LIMIT 8")),
        "articles": list(db.query(
            "SELECT a.id, a.title, COALESCE(a.published, a.first_seen) AS published, s.name AS source_name, "
            "s.official FROM articles a JOIN sources s ON s.id = a.source_id "
            "LEFT JOIN article_scope sc ON sc.article_id = a.id WHERE COALESCE(sc.in_incident, 1) = 1 "
            "ORDER BY a.first_seen DESC, a.id DESC LIMIT 8")),
        "totals": next(db.query("SELECT (SELECT count(*) FROM articles) AS articles, "
                                "(SELECT count(*) FROM sources) AS sources, "
                                "(SELECT count(*) FROM claims WHERE cluster_id IS NOT NULL) AS claims")),
    }


def sources_matrix(db: Database) -> dict:
    """Who says what: sources as rows, slots as columns, each cell the values a source states, with verdicts."""
    cells: dict[tuple[int, str | None], dict[int, dict]] = defaultdict(dict)
    sources: dict[int, dict] = {}
    for row in db.query(
        "SELECT s.id AS source_id, s.name, s.official, k.id AS cluster_id, k.slot, k.value, k.polarity, k.verdict, "
        "k.label, max(c.hedged) AS hedged, min(c.hedged) AS firm, count(*) AS n FROM claims c "
        "JOIN clusters k ON k.id = c.cluster_id JOIN articles a ON a.id = c.article_id "
        "JOIN sources s ON s.id = a.source_id WHERE k.merged_into IS NULL AND k.slot IS NOT NULL "
        "GROUP BY s.id, k.id ORDER BY k.source_count DESC, k.id"
    ):
        source = sources.setdefault(row["source_id"], {"id": row["source_id"], "name": row["name"],
                                                       "official": bool(row["official"]), "agrees": 0,
                                                       "contradicted": 0})
        if row["verdict"] == "confirmed":
            source["agrees"] += 1
        elif row["verdict"] == "contradicted":
            source["contradicted"] += 1
        cells[(row["source_id"], row["slot"])][row["cluster_id"]] = {
            "cluster_id": row["cluster_id"], "value": row["value"], "polarity": row["polarity"],
            "verdict": row["verdict"], "label": row["label"], "hedged": bool(row["firm"]), "slot": row["slot"]}
    slots = sorted({slot for _, slot in cells}, key=slot_rank)
    rows = sorted(sources.values(), key=lambda s: (not s["official"], s["name"].casefold()))
    return {"slots": slots, "sources": rows,
            "cells": {key: list(value.values()) for key, value in cells.items()}}


def timeline(db: Database, *, confirmed_only: bool = False) -> list[dict]:
    """claims.timeline's events (what happened, first reported, first confirmed), each with its cluster for display.

    `confirmed_only` keeps the facts an official source confirmed: readers hide the rest.
    """
    clusters = {c["id"]: c for c in db.query(f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE {LIVE}")}
    events = []
    for event in incident_timeline(db):
        cluster = clusters.get(event.cluster_id)
        if cluster is None or (confirmed_only and event.verdict != "confirmed"):
            continue
        events.append({"date": event.date, "kind": event.kind, "by": event.by, "verdict": event.verdict,
                       "cluster": cluster, "day": event.date[:10]})
    return events
