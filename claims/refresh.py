"""Bring clusters up to date after their membership changed: counts, label, centroid, first seen, verdict.

Work is driven by the `dirty` mark that clustering (and editors' merges and splits) set in
the same transaction as the change, so a run that dies before this step leaves the marks
for the next one. Verdicts are recomputed for the dirty clusters and every cluster of the
same slot (an official statement on a slot can change every verdict of that slot), plus
free-text clusters linked to them by a negation pair. Editors' verdicts override the
computed one without erasing it.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from typing import Iterable

import numpy as np
from sqlite_utils import Database

from aggregator.store import now
from claims import cues
from claims.embed_store import load_vectors, text_hash
from claims.verdicts import Statement, Verdict, slot_verdict, text_verdict

log = logging.getLogger(__name__)

# Official = the article's own source is official, or an official source also carried it.
OFFICIAL_SQL = """(s.official = 1 OR EXISTS (SELECT 1 FROM article_outlets o JOIN sources so
                   ON so.id = o.source_id WHERE o.article_id = a.id AND so.official = 1))"""
_STATEMENTS = f"""SELECT c.id, c.slot, c.value, c.polarity, c.hedged, {OFFICIAL_SQL}, s.name,
                  COALESCE(a.published, a.first_seen), c.text, c.cluster_id, a.source_id
                  FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
                  JOIN article_scope sc ON sc.article_id = a.id AND sc.in_incident = 1"""


def statements(db: Database, where: str, params: Iterable) -> list[tuple[Statement, int | None, int]]:
    """In-incident claims matching `where`, as (Statement, cluster id, source id)."""
    out = []
    for row in db.execute(f"{_STATEMENTS} WHERE {where}", list(params)):
        cid, slot, value, polarity, hedged, official, source, published, text, cluster_id, source_id = row
        out.append((Statement(cid, slot, value, polarity, bool(hedged), bool(official), source, published, text),
                    cluster_id, source_id))
    return out


def refresh_clusters(db: Database, cluster_ids: Iterable[int] = (), *, everything: bool = False) -> int:
    """Recompute the dirty clusters (and `cluster_ids`, e.g. after an editor's merge); return how many.

    Safe to call from the web after an editor's merge or split (pass both clusters) or a
    change of a source's official mark (pass everything=True: any verdict may change).
    """
    with db.conn:
        dirty = set(cluster_ids) | {r[0] for r in db.execute(
            "SELECT id FROM clusters" + ("" if everything else " WHERE dirty = 1"))}
        clusters = _cluster_rows(db, dirty)
        for row in clusters.values():
            _update_members(db, row)
        verdict_ids = set(dirty)
        slots = {row["slot"] for row in clusters.values() if row["slot"] is not None}
        for slot in slots:
            verdict_ids |= {r[0] for r in db.execute(
                "SELECT id FROM clusters WHERE slot = ? AND merged_into IS NULL", [slot])}
        text_ids = [i for i, row in clusters.items() if row["slot"] is None]
        verdict_ids |= set(_linked(db, text_ids))
        verdict_ids |= {r[0] for r in db.execute(
            """SELECT c.id FROM clusters c LEFT JOIN editor_verdicts e ON e.cluster_id = c.id
               WHERE COALESCE(e.verdict, c.computed_verdict) != c.verdict
                  OR COALESCE(e.editor, 'computed') != c.verdict_by""")}
        _update_verdicts(db, _cluster_rows(db, verdict_ids))
        db.conn.executemany("UPDATE clusters SET dirty = 0 WHERE id = ?", [(i,) for i in dirty])
    log.info("refresh: %d clusters changed, %d verdicts recomputed", len(dirty), len(verdict_ids))
    return len(dirty)


def _cluster_rows(db: Database, ids: Iterable[int]) -> dict[int, dict]:
    ids = sorted(ids)
    out: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        rows = db.execute(f"SELECT id, slot, value, polarity, model, label FROM clusters WHERE id IN "
                          f"({', '.join('?' * len(part))})", part)
        for r in rows:
            out[r[0]] = dict(zip(("id", "slot", "value", "polarity", "model", "label"), r))
    return out


def _linked(db: Database, ids: list[int]) -> list[int]:
    out: list[int] = []
    for cluster_id in ids:
        out += [r[0] for r in db.execute("SELECT b FROM cluster_links WHERE a = ? UNION "
                                         "SELECT a FROM cluster_links WHERE b = ?", [cluster_id, cluster_id])]
    return out


def _update_members(db: Database, cluster: dict) -> None:
    """Counts, first seen, label, and (free text) the exact centroid from the members' cached vectors."""
    members = statements(db, "c.cluster_id = ?", [cluster["id"]])
    if not members:
        db.execute("UPDATE clusters SET claim_count = 0, source_count = 0, updated_at = ? WHERE id = ?",
                   [now(), cluster["id"]])
        return
    stated = [m[0] for m in members]
    first_seen = min((s.published for s in stated if s.published), default=None)
    centroid = None
    if cluster["slot"] is None and cluster["model"]:
        vectors = load_vectors(db, cluster["model"], [text_hash(s.text) for s in stated])
        have = [(s, vectors[text_hash(s.text)]) for s in stated if text_hash(s.text) in vectors]
        if have:
            mean = np.mean([v for _, v in have], axis=0).astype(np.float32)
            centroid = mean.astype("<f4").tobytes()
            label = max(have, key=lambda sv: (float(sv[1] @ mean), -sv[0].claim_id))[0].text
        else:
            label = stated[0].text
    else:
        label = slot_label(stated)
    db.execute("UPDATE clusters SET claim_count = ?, source_count = ?, first_seen = ?, label = ?, "
               "centroid = COALESCE(?, centroid), updated_at = ? WHERE id = ?",
               [len(stated), len({m[2] for m in members}), first_seen, label, centroid, now(), cluster["id"]])


def slot_label(stated: list[Statement]) -> str:
    """A slot cluster's label: the official wording when there is one (firm before hedged, earliest
    first), else the sentence most outlets printed (syndication repeats it), earliest on ties."""
    official = [s for s in stated if s.official]
    if official:
        return min(official, key=lambda s: (s.hedged, s.published or "~", s.claim_id)).text
    counts = Counter(s.text for s in stated)
    return min(stated, key=lambda s: (-counts[s.text], s.published or "~", s.claim_id)).text


def _update_verdicts(db: Database, clusters: dict[int, dict]) -> None:
    by_slot: dict[str | None, list[dict]] = defaultdict(list)
    for row in clusters.values():
        by_slot[row["slot"]].append(row)
    editors = {r[0]: r[1:] for r in db.execute("SELECT cluster_id, verdict, editor, reason FROM editor_verdicts")}
    updates = []
    for slot, rows in by_slot.items():
        if slot is None:
            for row in rows:
                members = [m[0] for m in statements(db, "c.cluster_id = ?", [row["id"]])]
                linked_ids = _linked(db, [row["id"]])
                linked = [m[0] for i in linked_ids for m in statements(db, "c.cluster_id = ?", [i])]
                updates.append((row["id"], text_verdict(members, linked)))
            continue
        same_slot = statements(db, "c.slot = ?", [slot])
        approximate = defaultdict(bool)
        for s, cluster_id, _ in same_slot:
            approximate[cluster_id] |= cues.approximate(s.text)
        plain = [s for s, _, _ in same_slot]
        for row in rows:
            updates.append((row["id"], slot_verdict(slot, row["value"], row["polarity"], plain,
                                                    approximate=approximate[row["id"]])))
    db.conn.executemany(
        "UPDATE clusters SET computed_verdict = ?, verdict = ?, verdict_by = ?, verdict_note = ?, "
        "official_hedged = ?, official_claim_ids = ?, first_confirmed = ? WHERE id = ?",
        [_row(cluster_id, v, editors.get(cluster_id)) for cluster_id, v in updates])


def _row(cluster_id: int, v: Verdict, editor: tuple | None) -> list:
    verdict, by, note = v.verdict, "computed", v.note
    if editor is not None:
        verdict, by = editor[0], editor[1]
        note = editor[2]  # the editor's reason, as claims.editorial writes it
    return [v.verdict, verdict, by, note, int(v.hedged), json.dumps(list(v.official_claim_ids)),
            v.first_confirmed, cluster_id]
