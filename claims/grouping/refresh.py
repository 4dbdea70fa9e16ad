"""Bring clusters up to date after their membership changed: counts, label, centroid, first seen, verdict.

Work is driven by the `dirty` mark that clustering (and editors' merges and splits) set in
the same transaction as the change, so a run that dies before this step leaves the marks
for the next one. Its cost follows what changed, not the size of the store:

- a slot cluster whose only change is new members (dirty = 2, set by claims.grouping.cluster, with
  the claims listed in `cluster_arrivals`) is updated from those members alone: counts,
  first seen and label are derived from the previous values; any other change (dirty = 1:
  claims leaving, merges, splits) recomputes the cluster from all its members;
- each member's origin (the independent outlet it comes from, claims.grouping.relays) is set
  first (claims.grouping.origins), from the cluster's distinct sentences when it only grew;
- verdicts are recomputed for the dirty clusters, for every cluster of a slot whose summary
  (claims.grouping.slot_summary: official statements, distinct unofficial ones by origin,
  estimates) changed, and for free-text clusters linked to dirty ones by a negation pair. A
  change in which sources are official recomputes every verdict.

Editors' verdicts override the computed one without erasing it.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Iterable

import numpy as np
from sqlite_utils import Database

from aggregator.store import now
from claims.grouping import origins, slot_summary
from claims.embedding.cache import load_vectors, text_hash
from claims.grouping.reasons import parse, say
from claims.grouping.marks import official_mark
from claims.grouping.statements import OFFICIAL_SQL, statements
from claims.grouping.verdicts import SINGLE_VALUED, Statement, Verdict, instant, slot_verdict, text_verdict

__all__ = ["OFFICIAL_SQL", "Upkeep", "refresh", "refresh_clusters", "slot_label", "statements"]

log = logging.getLogger(__name__)

FULL, ARRIVALS = 1, 2  # clusters.dirty: recompute from all members / from the claims that arrived


@dataclass(frozen=True)
class Upkeep:
    """What one refresh did: which clusters it updated, and how."""

    members: frozenset[int]          # clusters whose counts, label and first seen were brought up to date
    incremental: frozenset[int]      # ... of which from their new members alone
    verdicts: frozenset[int]         # clusters whose verdict was recomputed
    changed_slots: frozenset[str]    # slots whose summary changed: all their clusters' verdicts recomputed


def refresh_clusters(db: Database, cluster_ids: Iterable[int] = (), *, everything: bool = False) -> int:
    """Recompute the dirty clusters (and `cluster_ids`, e.g. after an editor's merge); return how many.

    Safe to call from the web after an editor's merge or split (pass both clusters) or a
    change of a source's official mark (pass everything=True: any verdict may change).
    """
    return len(refresh(db, cluster_ids, everything=everything).members)


def refresh(db: Database, cluster_ids: Iterable[int] = (), *, everything: bool = False) -> Upkeep:
    """refresh_clusters, reporting what was touched; inside the caller's transaction when there is one."""
    with (nullcontext() if db.in_transaction else db.transaction()):
        mark = official_mark(db)
        officials_moved = everything or mark != _state(db, "official_mark")
        if officials_moved:
            slot_summary.forget(db)
            db.execute("INSERT INTO upkeep_state (name, value) VALUES ('official_mark', ?) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value", [mark])
        if everything:
            marks = {r[0]: FULL for r in db.execute("SELECT id FROM clusters")}
        else:
            marks = {r[0]: r[1] for r in db.execute("SELECT id, dirty FROM clusters WHERE dirty != 0")}
        marks.update({int(i): FULL for i in cluster_ids})
        origins.outlet_changes(db, marks)
        moved = origins.update(db, marks, everything=everything or officials_moved)
        clusters = _cluster_rows(db, marks)
        arrived = statements(db, "c.id IN (SELECT claim_id FROM cluster_arrivals)", [])
        by_cluster: dict[int, list[tuple[Statement, int]]] = defaultdict(list)
        for s, cluster_id, source_id in arrived:
            by_cluster[cluster_id].append((s, source_id))
        incremental = set()
        for row in clusters.values():
            if (marks[row["id"]] == ARRIVALS and not officials_moved and row["slot"] is not None
                    and row["claim_count"] > 0 and _add_members(db, row, by_cluster[row["id"]])):
                incremental.add(row["id"])
                if row["id"] in moved:
                    _count_outlets(db, row["id"])
            else:
                _update_members(db, row)
        changed = _update_summaries(db, clusters, marks, arrived, moved)
        verdict_ids = set(marks)
        for slot in changed:
            verdict_ids |= {r[0] for r in db.execute(
                "SELECT id FROM clusters WHERE slot = ? AND merged_into IS NULL", [slot])}
        verdict_ids |= set(_linked(db, [i for i, row in clusters.items() if row["slot"] is None]))
        verdict_ids |= _stale_verdicts(db)
        if officials_moved:
            verdict_ids = {r[0] for r in db.execute("SELECT id FROM clusters")}
        _update_verdicts(db, _cluster_rows(db, verdict_ids))
        db.executemany("UPDATE clusters SET dirty = 0 WHERE id = ?", [(i,) for i in marks])
        db.execute("DELETE FROM cluster_arrivals")
    log.info("refresh: %d clusters changed (%d from new members only), %d verdicts recomputed, "
             "slots changed: %s", len(marks), len(incremental), len(verdict_ids), ", ".join(sorted(changed)) or "none")
    return Upkeep(frozenset(marks), frozenset(incremental), frozenset(verdict_ids), frozenset(changed))


def _state(db: Database, name: str) -> str | None:
    row = db.execute("SELECT value FROM upkeep_state WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def _update_summaries(db: Database, clusters: dict[int, dict], marks: dict[int, int],
                      arrived: list[tuple[Statement, int | None, int]], moved: dict[int, set[int]]) -> set[str]:
    """Bring the summaries of the slots touched up to date; return the slots whose summary changed.

    A slot with a cluster that lost or swapped members is rebuilt from its statements (and
    counts as changed); otherwise the arrivals are added to it, and members already stored that
    changed origin (`moved`, claims.grouping.origins) change group.
    """
    have = slot_summary.summarised(db)
    rebuild = {row["slot"] for i, row in clusters.items() if row["slot"] is not None and marks[i] == FULL}
    touched = {row["slot"] for row in clusters.values() if row["slot"] is not None}
    touched |= {s.slot for s, _, _ in arrived if s.slot is not None}
    rebuild |= touched - have
    for slot in sorted(rebuild):
        slot_summary.rebuild(db, slot)
    regroup: dict[str, set[int]] = defaultdict(set)
    for cluster_id, claim_ids in moved.items():
        slot = clusters[cluster_id]["slot"] if cluster_id in clusters else None
        if slot is not None and slot not in rebuild:
            regroup[slot] |= claim_ids
    moved_slots = {slot for slot in sorted(regroup) if slot_summary.regroup(db, slot, regroup[slot])}
    return rebuild | moved_slots | slot_summary.add(db, ((s, c) for s, c, _ in arrived if s.slot is not None
                                           and s.slot not in rebuild))


def _stale_verdicts(db: Database) -> set[int]:
    """Clusters whose shown verdict is not what the editor or the rules say (a safety net; indexed)."""
    return {r[0] for r in db.execute(
        """SELECT c.id FROM clusters c LEFT JOIN editor_verdicts e ON e.cluster_id = c.id
           WHERE c.id IN (SELECT id FROM clusters WHERE verdict_by != 'computed' OR verdict != computed_verdict
                          UNION SELECT cluster_id FROM editor_verdicts)
             AND (COALESCE(e.verdict, c.computed_verdict) != c.verdict
                  OR COALESCE(e.editor, 'computed') != c.verdict_by)""")}


_CLUSTER_COLUMNS = ("id", "slot", "value", "polarity", "model", "label", "claim_count", "source_count",
                    "first_seen", "first_source_id", "first_claim_id", "independent_sources")


def _cluster_rows(db: Database, ids: Iterable[int]) -> dict[int, dict]:
    ids = sorted(ids)
    out: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        rows = db.execute(f"SELECT {', '.join(_CLUSTER_COLUMNS)} FROM clusters WHERE id IN "
                          f"({', '.join('?' * len(part))})", part)
        for r in rows:
            out[r[0]] = dict(zip(_CLUSTER_COLUMNS, r))
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
        db.execute("UPDATE clusters SET claim_count = 0, source_count = 0, independent_sources = 0, updated_at = ? "
                   "WHERE id = ?", [now(), cluster["id"]])
        return
    stated = [m[0] for m in members]
    first = min(stated, key=_first_key)
    first_seen = first.published
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
    db.execute("UPDATE clusters SET claim_count = ?, source_count = ?, independent_sources = ?, first_seen = ?, "
               "first_source_id = ?, first_claim_id = ?, label = ?, centroid = COALESCE(?, centroid), updated_at = ? "
               "WHERE id = ?",
               [len(stated), len({m[2] for m in members}), len({s.outlet for s in stated}), first_seen,
                _first_outlet(db, first), first.claim_id, label, centroid, now(), cluster["id"]])


def _count_outlets(db: Database, cluster_id: int) -> None:
    """A cluster's count of independent sources taken again (members already stored changed origin):
    the distinct `Statement.outlet` of its in-incident, unrejected members, counted in the store."""
    db.execute("""UPDATE clusters SET independent_sources = (
                      SELECT count(DISTINCT COALESCE(c.origin_source_id, a.source_id)) FROM claims c
                      JOIN articles a ON a.id = c.article_id
                      JOIN article_scope sc ON sc.article_id = a.id AND sc.in_incident = 1
                      WHERE c.cluster_id = ? AND c.status != 'rejected') WHERE id = ?""", [cluster_id, cluster_id])


def _first_key(s: Statement) -> tuple:
    """Earliest first; a claim with no date at all comes last."""
    return (not s.published, instant(s.published), s.claim_id)


def _first_outlet(db: Database, first: Statement) -> int | None:
    """The outlet that published the earliest member first: of a wire story, the earliest that carried it.

    Outlets that give the same time are told apart by name, not by when we happened to fetch
    them: a crawl in another order (workers, a re-crawl) must name the same outlet.
    """
    row = db.execute("SELECT o.source_id FROM article_outlets o JOIN sources s ON s.id = o.source_id "
                     "WHERE o.article_id = ? AND o.published IS NOT NULL ORDER BY o.published, s.name, o.source_id "
                     "LIMIT 1", [first.article_id]).fetchone()
    return row[0] if row else first.source_id


def slot_label(stated: list[Statement]) -> str:
    """A slot cluster's label: the official wording when there is one (firm before hedged, earliest
    first), else the sentence most outlets printed (syndication repeats it), earliest on ties."""
    official = [s for s in stated if s.official]
    if official:
        return min(official, key=_official_rank).text
    counts = Counter(s.text for s in stated)
    return min(stated, key=lambda s: (-counts[s.text], s.published or "~", s.claim_id)).text


def _add_members(db: Database, cluster: dict, arrivals: list[tuple[Statement, int]]) -> bool:
    """Counts, first seen and label of a slot cluster from its new members and its previous figures.

    Returns False when the previous label cannot be found among the members (then the
    caller recomputes from all of them). Exactly what _update_members would give: the
    count grows by the arrivals, a source counts if no earlier member came from it, first
    seen is the earlier of the two, and the label can only move to an arriving official
    statement or (no official member) to a sentence the arrivals printed again.
    """
    if not arrivals:
        return True
    arrived = [s for s, _ in arrivals]
    cluster_id, label = cluster["id"], cluster["label"]
    label = _grown_label(db, cluster_id, label, arrived)
    if label is None:
        return False
    new_sources = [source for source in sorted({source for _, source in arrivals}) if db.execute(
        "SELECT 1 FROM claims c INDEXED BY claims_cluster JOIN articles a ON a.id = c.article_id "
        "JOIN article_scope sc ON sc.article_id = a.id AND sc.in_incident = 1 "
        "WHERE c.cluster_id = ? AND a.source_id = ? AND c.id NOT IN (SELECT claim_id FROM cluster_arrivals) "
        "LIMIT 1", [cluster_id, source]).fetchone() is None]
    first = (cluster["first_seen"], cluster["first_source_id"], cluster["first_claim_id"])
    earliest = min(arrived, key=_first_key)
    if first[2] is None:
        return False  # never computed in full (a cluster from before first sources were kept)
    if _first_key(earliest) < (not first[0], instant(first[0]), first[2]):
        first = (earliest.published, _first_outlet(db, earliest), earliest.claim_id)
    new_origins = [origin for origin in sorted({s.origin_id for s in arrived if s.origin_id is not None})
                   if db.execute(
        "SELECT 1 FROM claims c INDEXED BY claims_cluster_origin JOIN article_scope sc ON sc.article_id = c.article_id "
        "AND sc.in_incident = 1 WHERE c.cluster_id = ? AND c.origin_source_id = ? "
        "AND c.id NOT IN (SELECT claim_id FROM cluster_arrivals) LIMIT 1", [cluster_id, origin]).fetchone() is None]
    independent = cluster["independent_sources"] + len(new_origins)
    db.execute("UPDATE clusters SET claim_count = ?, source_count = ?, independent_sources = ?, first_seen = ?, "
               "first_source_id = ?, first_claim_id = ?, label = ?, updated_at = ? WHERE id = ?",
               [cluster["claim_count"] + len(arrived), cluster["source_count"] + len(new_sources), independent,
                *first, label, now(), cluster_id])
    return True


def _grown_label(db: Database, cluster_id: int, label: str, arrived: list[Statement]) -> str | None:
    """slot_label over all members, knowing it was `label` before `arrived` joined; None if `label` is no member's.

    With official members, the label can only move to an arriving official statement. Without,
    the sentences whose count grew are the arrivals': the label is the most printed of those
    and the previous label, earliest on ties.
    """
    official = statements(db, f"c.cluster_id = ? AND c.text = ? AND {OFFICIAL_SQL}", [cluster_id, label])
    arriving = [s for s in arrived if s.official]
    if official or arriving:
        if not official and not _printed(db, cluster_id, [label]):
            return None
        return min([s for s, _, _ in official] + arriving, key=_official_rank).text
    texts = sorted({s.text for s in arrived} | {label})
    counts = _printed(db, cluster_id, texts)
    if not counts.get(label):
        return None
    top = max(counts.values())
    tied = sorted(text for text, n in counts.items() if n == top)
    if len(tied) == 1:
        return tied[0]
    first = {}
    for s, _, _ in statements(db, f"c.cluster_id = ? AND c.text IN ({', '.join('?' * len(tied))})",
                              [cluster_id, *tied]):
        first[s.text] = min(first.get(s.text, ("~~", 0)), (s.published or "~", s.claim_id))
    return min(tied, key=lambda text: first[text])


def _printed(db: Database, cluster_id: int, texts: list[str]) -> dict[str, int]:
    """How many in-incident members of the cluster print each of `texts` (an indexed count)."""
    return dict(db.execute(
        f"SELECT c.text, count(*) FROM claims c JOIN article_scope sc ON sc.article_id = c.article_id "
        f"AND sc.in_incident = 1 WHERE c.cluster_id = ? AND c.text IN ({', '.join('?' * len(texts))}) "
        f"GROUP BY c.text", [cluster_id, *texts]).fetchall())


def _official_rank(s: Statement) -> tuple:
    return (s.hedged, s.published or "~", s.claim_id)


def _update_verdicts(db: Database, clusters: dict[int, dict]) -> None:
    by_slot: dict[str | None, list[dict]] = defaultdict(list)
    for row in clusters.values():
        by_slot[row["slot"]].append(row)
    editors = {r[0]: r[1:] for r in db.execute("SELECT cluster_id, verdict, editor, reason, at FROM editor_verdicts")}
    have = slot_summary.summarised(db)
    updates = []
    for slot, rows in by_slot.items():
        if slot is None:
            for row in rows:
                members = [m[0] for m in statements(db, "c.cluster_id = ?", [row["id"]])]
                linked_ids = _linked(db, [row["id"]])
                linked = [m[0] for i in linked_ids for m in statements(db, "c.cluster_id = ?", [i])]
                question = f"text:{min([row['id'], *linked_ids])}"
                updates.append((row, question, text_verdict(members, linked)))
            continue
        if slot not in have:
            slot_summary.rebuild(db, slot)
        picture = slot_summary.picture(db, slot)
        for row in rows:
            question = slot if slot in SINGLE_VALUED else f"{slot}|{row['value']}"
            updates.append((row, question, slot_verdict(slot, row["value"], row["polarity"], picture.statements,
                                                        approximate=row["id"] in picture.estimates)))
    db.executemany(
        "UPDATE clusters SET computed_verdict = ?, verdict = ?, verdict_by = ?, verdict_note = ?, reason = ?, "
        "outlier = ?, question = ?, official_hedged = ?, official_claim_ids = ?, first_confirmed = ? WHERE id = ?",
        [_row(row, question, v, editors.get(row["id"])) for row, question, v in updates])


def _row(cluster: dict, question: str, v: Verdict, editor: tuple | None) -> list:
    """The verdict's columns; `verdict_note` keeps the reason in English words for readers of the old column."""
    verdict, by, reason = v.verdict, "computed", v.reason
    note = say(reason, "en", slot=cluster["slot"], verdict=v.verdict)
    if editor is not None:
        verdict, by = editor[0], editor[1]
        note = editor[2]  # the editor's reason, as claims.editorial writes it
        reason = editor_reason(editor[1], editor[2], editor[3], v.reason)
    return [v.verdict, verdict, by, note, json.dumps(reason, ensure_ascii=False), int(v.outlier), question,
            int(v.hedged), json.dumps(list(v.official_claim_ids)), v.first_confirmed, cluster["id"]]


def editor_reason(editor: str, text: str, at: str | None, computed: dict) -> dict:
    """The reason of an editor's verdict, with the computed one kept beside it."""
    return {"code": "editor", "editor": editor, "text": text, "at": at, "computed": computed}


def computed_reason(db: Database, cluster_id: int) -> dict:
    """The reason the rules gave a cluster, under an editor's if there is one."""
    row = db.execute("SELECT reason FROM clusters WHERE id = ?", [cluster_id]).fetchone()
    data = parse(row[0] if row else None)
    return data.get("computed", {}) if data.get("code") == "editor" else data
