"""What readers see, read from the tables: clusters with their sources and evidence, the overview, the timeline, the matrix.

Every query a page needs lives here (or in claims/views/records.py), so views hold no SQL and the
same reads serve the HTML pages and the JSON API.
"""

from __future__ import annotations

import json
from collections import defaultdict

from sqlite_utils import Database

from claims.grouping.reasons import local_date
from claims.views.disputes import dispute_of, group_cards, question_count, sides_of, top_disputes
from claims.views.timeline import facts, latest_confirmations

VERDICT_ORDER = ("contradicted", "disputed", "confirmed", "unverified")
# Slots in the order a reader asks about an incident; free-text claims (None) come last.
SLOT_ORDER = ("organization", "region", "victim_count", "data_category", "attack_vector", "accounts_compromised",
              "attack_date", "care_impact", "risk", "quote", None)
CONTEXT_CHARS = 220
SLOT_PREVIEW = 10     # clusters per slot on /claims; the rest one click away
PAGE_SIZE = 50        # clusters or claims per page
TIMELINE_SIZE = 200   # timeline events per page
KEY_CLAIMS = 10       # clusters per slot in the sources matrix
RELATED = 20          # other clusters of the slot on a cluster's page
MAX_BASIS = 500       # official statements shown as a verdict's basis
QUOTE = "quote"       # the slot of quotations: reported words, shown without a doubt on them

LIVE = "merged_into IS NULL AND claim_count > 0"
CLUSTER_COLUMNS = ("id, key, slot, value, polarity, label, first_seen, first_confirmed, computed_verdict, verdict, "
                   "verdict_by, verdict_note, official_hedged, claim_count, source_count, merged_into, updated_at, "
                   "reason, outlier, independent_sources, question, first_source_id")


def slot_rank(slot: str | None) -> int:
    return SLOT_ORDER.index(slot) if slot in SLOT_ORDER else len(SLOT_ORDER) - 1


def verdict_counts(db: Database) -> dict[str, int]:
    counts = dict.fromkeys(VERDICT_ORDER, 0)
    for row in db.query(f"SELECT verdict, count(*) AS n FROM clusters WHERE {LIVE} GROUP BY verdict"):
        counts[row["verdict"]] = row["n"]
    return counts


def _in(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def sources_by_cluster(db: Database, cluster_ids: list[int]) -> dict[int, list[dict]]:
    """Each cluster's distinct sources, official ones first: who says it, from the cluster_sources summary."""
    found: dict[int, list[dict]] = defaultdict(list)
    for start in range(0, len(cluster_ids), 500):
        part = cluster_ids[start:start + 500]
        for row in db.query(
            "SELECT cs.cluster_id, s.id, s.name, s.official, cs.firm FROM cluster_sources cs "
            f"JOIN sources s ON s.id = cs.source_id WHERE cs.cluster_id IN ({_in(part)}) "
            "ORDER BY s.official DESC, s.name, s.id", part,
        ):
            found[row["cluster_id"]].append({"id": row["id"], "name": row["name"], "official": bool(row["official"]),
                                             "hedged_only": row["firm"] == 0})
    return found


def list_clusters(db: Database, *, verdict: str | None = None, slot: str | None = None, any_slot: bool = True,
                  limit: int | None = None, offset: int = 0, exclude: int | None = None,
                  facts_only: bool = False) -> list[dict]:
    """Live clusters (not merged away, not empty), most-reported first, each with its sources.

    `slot` with `any_slot=False` selects one slot, None meaning free-text clusters.
    `facts_only` leaves out quotations (words reported, not facts to check) and outliers
    (lone claims against broad agreement, waiting for the editors).
    """
    sql = f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE {LIVE}"
    params: list = []
    if facts_only:
        sql += f" AND outlier = 0 AND COALESCE(slot, '') != '{QUOTE}'"
    if verdict:
        sql += " AND verdict = ?"
        params.append(verdict)
    if slot is not None or not any_slot:
        sql += " AND slot IS ?"
        params.append(slot)
    if exclude is not None:
        sql += " AND id != ?"
        params.append(exclude)
    sql += " ORDER BY source_count DESC, claim_count DESC, id"
    if limit:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    clusters = list(db.query(sql, params))
    sources = sources_by_cluster(db, [c["id"] for c in clusters])
    for cluster in clusters:
        cluster["sources"] = sources.get(cluster["id"], [])
    return clusters


def slot_counts(db: Database, *, verdict: str | None = None) -> dict[str | None, int]:
    """How many live clusters each slot holds (with this verdict, if given)."""
    where, params = (" AND verdict = ?", [verdict]) if verdict else ("", [])
    return {r["slot"]: r["n"] for r in db.query(
        f"SELECT slot, count(*) AS n FROM clusters WHERE {LIVE}{where} GROUP BY slot", params)}


def clusters_by_slot(db: Database, *, verdict: str | None = None,
                     per_slot: int | None = None) -> list[tuple[str | None, list[dict], int]]:
    """Each slot's most-reported clusters (at most `per_slot`) and its total, slots in reading order."""
    per_slot = per_slot or SLOT_PREVIEW
    counts = slot_counts(db, verdict=verdict)
    return [(slot, group_cards(db, list_clusters(db, verdict=verdict, slot=slot, any_slot=False, limit=per_slot)),
             counts[slot]) for slot in sorted(counts, key=slot_rank)]


def slot_page(db: Database, slot: str | None, *, verdict: str | None = None, page: int = 1,
              per_page: int | None = None) -> tuple[list[dict], int]:
    """One page of a slot's clusters, most-reported first, and how many the slot holds in all."""
    per_page = per_page or PAGE_SIZE
    total = slot_counts(db, verdict=verdict).get(slot, 0)
    return group_cards(db, list_clusters(db, verdict=verdict, slot=slot, any_slot=False, limit=per_page,
                                         offset=(page - 1) * per_page)), total


def _context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence with some text either side, cut at word boundaries."""
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    if start > CONTEXT_CHARS and " " in before:
        before = "… " + before.split(" ", 1)[1]
    if end + CONTEXT_CHARS < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + " …"
    return before, text[start:end], after


_CLAIM_FIELDS = ("c.id, c.article_id, c.slot, c.value, c.polarity, c.hedged, c.text, c.start, c.end, c.cluster_id, "
                 "a.title AS article_title, a.url AS article_url, COALESCE(a.published, a.first_seen) AS published, "
                 "a.text AS article_text, s.id AS source_id, s.name AS source_name, s.official, c.relay, "
                 "og.name AS origin_name")
_CLAIM_JOINS = ("claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id "
                "LEFT JOIN sources og ON og.id = c.origin_source_id")
_CLAIM_ORDER = "s.official DESC, COALESCE(a.published, a.first_seen), c.id"


def _claims(db: Database, where: str, params: list, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Claims in context, official first then by date; a page of them when `limit` is given.

    The page's ids are chosen first, without the article texts, so a slot cluster of
    thousands of claims never carries their articles through the sort.
    """
    if limit is not None:
        ids = [r[0] for r in db.execute(f"SELECT c.id FROM {_CLAIM_JOINS} WHERE {where} ORDER BY {_CLAIM_ORDER} "
                                        "LIMIT ? OFFSET ?", [*params, limit, offset])]
        if not ids:
            return []
        where, params = f"c.id IN ({_in(ids)})", ids
    rows = list(db.query(f"SELECT {_CLAIM_FIELDS} FROM {_CLAIM_JOINS} WHERE {where} ORDER BY {_CLAIM_ORDER}", params))
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


def cluster_detail(db: Database, cluster_id: int, *, page: int = 1, per_page: int | None = None) -> dict | None:
    """One cluster: its claims in context (a page of each side), its sources, the editor's decision, the official word.

    The official word is the official statements the verdict rests on (claims.grouping.refresh records
    them), so a contradicted figure is shown next to the figure the authorities gave.
    """
    cluster = get_cluster(db, cluster_id)
    if cluster is None:
        return None
    per_page = per_page or PAGE_SIZE
    offset = (page - 1) * per_page
    official = _claims(db, "c.cluster_id = ? AND s.official != 0", [cluster_id], limit=per_page, offset=offset)
    media = _claims(db, "c.cluster_id = ? AND s.official = 0", [cluster_id], limit=per_page, offset=offset)
    cluster["sources"] = sources_by_cluster(db, [cluster_id]).get(cluster_id, [])
    counts = {True: 0, False: 0}
    for row in db.execute("SELECT s.official != 0, sum(cs.claims) FROM cluster_sources cs JOIN sources s "
                          "ON s.id = cs.source_id WHERE cs.cluster_id = ? GROUP BY 1", [cluster_id]):
        counts[bool(row[0])] = row[1]
    # The statements the verdict rests on (for a contradicted cluster they sit in the opposing one).
    basis_ids = json.loads(db.execute("SELECT official_claim_ids FROM clusters WHERE id = ?",
                                      [cluster_id]).fetchone()[0] or "[]")[:MAX_BASIS]
    basis = _claims(db, f"c.id IN ({', '.join(['?'] * len(basis_ids)) or 'NULL'}) AND c.cluster_id IS NOT ?",
                    [*basis_ids, cluster_id], limit=per_page) if basis_ids else []
    cluster["claims"] = official + media
    cluster["official_word"] = official + basis
    cluster["media_claims"] = media
    cluster["media_count"] = counts[False]
    cluster["page"] = page
    cluster["pages"] = max(1, -(-max(counts.values()) // per_page))
    rows = list(db.query("SELECT verdict, reason, editor, at FROM editor_verdicts WHERE cluster_id = ?", [cluster_id]))
    cluster["editor_verdict"] = rows[0] if rows else None
    cluster["related"] = group_cards(db, list_clusters(db, slot=cluster["slot"], any_slot=False, exclude=cluster_id,
                                                       limit=RELATED)) if cluster["slot"] else []
    sides = sides_of(db, [cluster["question"]]).get(cluster["question"]) if cluster["verdict"] == "disputed" else None
    cluster["dispute"] = dispute_of(sides) if sides else None
    return cluster


def overview(db: Database, *, top: int = 6) -> dict:
    """The incident on one screen: counts, what is confirmed, contradicted, disputed, still unconfirmed, latest changes."""
    return {
        "counts": verdict_counts(db),
        "disputes": question_count(db),
        "confirmed": list_clusters(db, verdict="confirmed", limit=top, facts_only=True),
        "contradicted": list_clusters(db, verdict="contradicted", limit=top),
        "disputed": top_disputes(db, limit=top),
        "unverified": list_clusters(db, verdict="unverified", limit=top, facts_only=True),
        "outliers": db.execute(f"SELECT count(*) FROM clusters WHERE {LIVE} AND outlier = 1").fetchone()[0],
        # Published verdicts only, signed with the publisher's display name: never the editors' internal log.
        "changes": list(db.query("SELECT e.cluster_id AS id, e.verdict, e.reason, e.editor, e.at, k.slot, k.value, "
                                 "k.polarity, k.label FROM editor_verdicts e JOIN clusters k ON k.id = e.cluster_id "
                                 "WHERE k.merged_into IS NULL AND k.claim_count > 0 ORDER BY e.at DESC LIMIT 8")),
        "articles": list(db.query(
            "SELECT a.id, a.title, COALESCE(a.published, a.first_seen) AS published, s.name AS source_name, "
            "s.official FROM articles a JOIN sources s ON s.id = a.source_id "
            "LEFT JOIN article_scope sc ON sc.article_id = a.id WHERE COALESCE(sc.in_incident, 1) = 1 "
            "ORDER BY a.first_seen DESC, a.id DESC LIMIT 8")),
        # Claims in a cluster, summed from cluster_sources (kept exact by triggers) instead of counted.
        "totals": next(db.query("SELECT (SELECT count(*) FROM articles) AS articles, "
                                "(SELECT count(*) FROM sources) AS sources, "
                                "(SELECT COALESCE(sum(claims), 0) FROM cluster_sources) AS claims")),
    }


def sources_matrix(db: Database, *, per_slot: int = KEY_CLAIMS) -> dict:
    """Who says what: sources as rows, slots as columns, each cell the values a source states, with verdicts.

    Columns show each slot's key claims (its `per_slot` most-reported clusters); the agree and
    contradicted counts cover every slot cluster.
    """
    sources: dict[int, dict] = {}
    for row in db.query(
        "SELECT s.id, s.name, s.official, sum(CASE WHEN k.verdict = 'confirmed' THEN 1 ELSE 0 END) AS agrees, "
        "sum(CASE WHEN k.verdict = 'contradicted' THEN 1 ELSE 0 END) AS contradicted FROM cluster_sources cs "
        "JOIN clusters k ON k.id = cs.cluster_id JOIN sources s ON s.id = cs.source_id "
        "WHERE k.merged_into IS NULL AND k.slot IS NOT NULL GROUP BY s.id"
    ):
        sources[row["id"]] = {"id": row["id"], "name": row["name"], "official": bool(row["official"]),
                              "agrees": row["agrees"], "contradicted": row["contradicted"]}
    key = list(db.query(
        "SELECT id, slot, value, polarity, verdict, label, source_count FROM (SELECT *, row_number() OVER "
        "(PARTITION BY slot ORDER BY source_count DESC, claim_count DESC, id) AS rank "
        f"FROM clusters WHERE {LIVE} AND slot IS NOT NULL) ranked WHERE rank <= ? ORDER BY source_count DESC, id",
        [per_slot]))
    firm: dict[tuple[int, int], int] = {}
    ids = [k["id"] for k in key]
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        for cluster_id, source_id, n in db.execute(
                f"SELECT cluster_id, source_id, firm FROM cluster_sources WHERE cluster_id IN ({_in(part)})", part):
            firm[(cluster_id, source_id)] = n
    cells: dict[tuple[int, str | None], list[dict]] = defaultdict(list)
    for k in key:
        for source_id in sources:
            if (k["id"], source_id) in firm:
                cells[(source_id, k["slot"])].append({
                    "cluster_id": k["id"], "value": k["value"], "polarity": k["polarity"], "verdict": k["verdict"],
                    "label": k["label"], "hedged": firm[(k["id"], source_id)] == 0, "slot": k["slot"]})
    slots = sorted({slot for _, slot in cells}, key=slot_rank)
    rows = sorted(sources.values(), key=lambda s: (not s["official"], s["name"].casefold()))
    return {"slots": slots, "sources": rows, "cells": dict(cells)}


def timeline(db: Database, *, confirmed_only: bool = True, page: int = 1, per_page: int | None = None) -> dict:
    """A page of claims.views.timeline's facts, the latest first (page 1 is the most recent), each with its cluster.

    Facts come back in time order within the page. Readers see confirmed facts; `confirmed_only=False`
    adds the others (unconfirmed, disputed, contradicted), marked with their verdict.
    """
    per_page = per_page or TIMELINE_SIZE
    found, total = facts(db, limit=per_page, offset=(page - 1) * per_page, confirmed_only=confirmed_only)
    ids = sorted({f.cluster_id for f in found})
    clusters = {c["id"]: c for c in db.query(f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE id IN ({_in(ids)})",
                                             ids)} if ids else {}
    entries = [{"date": f.date, "kind": f.kind, "by": f.first_by, "first_seen": f.first_seen, "verdict": f.verdict,
                "cluster": clusters[f.cluster_id], "day": _day(f.date)} for f in found if f.cluster_id in clusters]
    return {"entries": entries, "page": page, "pages": max(1, -(-total // per_page)), "total": total}


def _day(value: str) -> str:
    """The day a timeline line belongs to, in the readers' time zone."""
    day = local_date(value)
    return day.isoformat() if day else value[:10]


def latest_confirmed(db: Database, *, limit: int) -> list[dict]:
    """The clusters official sources confirmed most recently, newest first (the Atom feed)."""
    ids = latest_confirmations(db, limit=limit)
    rows = {c["id"]: c for c in db.query(f"SELECT {CLUSTER_COLUMNS} FROM clusters WHERE id IN ({_in(ids)})",
                                         ids)} if ids else {}
    return [rows[i] for i in ids]
