"""Keep each clustered claim's origin (the independent outlet it comes from) up to date, at the cost of what changed.

The rules are claims.grouping.relays'; this module feeds them from the tables. New claims come
after the known ones (relays are decided in the order claims were stored), so a cluster that
only gained claims is extended from `cluster_texts` (its distinct sentences) alone. Anything
else (claims leaving or placed again, a new outlet name that members mention) recomputes the
cluster's origins from all its members, exactly as a full recompute would.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict

from sqlite_utils import Database

from claims.grouping import relays
from claims.grouping.statements import OFFICIAL_SQL, PUBLISHED_SQL
from claims.grouping.verdicts import instant

log = logging.getLogger(__name__)

FULL, ARRIVALS = 1, 2  # clusters.dirty, as claims.grouping.refresh reads it

_MEMBERS = f"""SELECT c.id, a.source_id, {PUBLISHED_SQL}, c.text, c.value, {OFFICIAL_SQL}, c.cluster_id
               FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
               JOIN article_scope sc ON sc.article_id = a.id AND sc.in_incident = 1"""


def outlets(db: Database) -> list[relays.Outlet]:
    """Every non-official source, as a name a sentence can attribute what it says to."""
    return relays.outlet_patterns(db.execute("SELECT id, name FROM sources WHERE official = 0 ORDER BY id"))


def outlet_changes(db: Database, marks: dict[int, int]) -> None:
    """Mark FULL the clusters an outlet change can move: a new outlet name that members mention, or an
    outlet found carrying an article whose claims were already clustered (it may have published first)."""
    names = [[r[0], r[1]] for r in db.execute("SELECT id, name FROM sources WHERE official = 0 ORDER BY id")]
    before = json.loads(_state(db, "outlet_names") or "[]")
    added = [tuple(n) for n in names if n not in before]
    if added and before:
        patterns = relays.outlet_patterns(added)
        for claim_id, cluster_id, text in db.execute(
                "SELECT id, cluster_id, text FROM claims WHERE cluster_id IS NOT NULL"):
            if relays.attributed(text, -1, None, patterns) is not None:
                marks[cluster_id] = FULL
    if names != before:
        _set_state(db, "outlet_names", json.dumps(names, ensure_ascii=False))
    # Outlets found since the last pass, by the time they were first seen (both engines have it; a
    # row id is SQLite's alone). The last second is looked at again: a row stored in it after the
    # previous pass is seen with the next new outlet; marking a cluster twice only recomputes it.
    last = _state(db, "outlets_first_seen") or ""
    top = db.execute("SELECT max(first_seen) FROM article_outlets").fetchone()[0] or ""
    if top and top > last:
        for (cluster_id,) in db.execute(
                """SELECT DISTINCT c.cluster_id FROM article_outlets o JOIN articles a ON a.id = o.article_id
                   JOIN claims c ON c.article_id = a.id
                   WHERE o.first_seen >= ? AND o.source_id != a.source_id AND c.cluster_id IS NOT NULL
                     AND c.id NOT IN (SELECT claim_id FROM cluster_arrivals)""", [last]):
            marks[cluster_id] = FULL
        _set_state(db, "outlets_first_seen", top)


def update(db: Database, marks: dict[int, int], everything: bool = False) -> None:
    """Set the origin of the members of marked clusters; clusters whose arrivals cannot be added in
    order are switched to FULL in `marks` (their members are then recomputed by the caller too)."""
    found = outlets(db)
    arrivals: dict[int, list[relays.Said]] = defaultdict(list)
    for row in db.execute(f"{_MEMBERS} WHERE c.id IN (SELECT claim_id FROM cluster_arrivals)"):
        arrivals[row[6]].append(_said(row))
    for cluster_id in sorted(marks):
        if marks[cluster_id] == ARRIVALS and not everything:
            if _extend(db, cluster_id, sorted(arrivals.get(cluster_id, []), key=_order), found):
                continue
            marks[cluster_id] = FULL
        _recompute(db, cluster_id, found)


def _said(row) -> relays.Said:
    return relays.Said(row[0], row[1], instant(row[2]), row[3], row[4], bool(row[5]))


def _order(said: relays.Said) -> int:
    return said.claim_id


def _entries(db: Database, cluster_id: int) -> dict[str, relays.Entry]:
    return {r[0]: relays.Entry(r[0], r[1], r[2], r[3], r[4]) for r in db.execute(
        "SELECT text, claim_id, source_id, at, origin_id FROM cluster_texts WHERE cluster_id = ?", [cluster_id])}


def _extend(db: Database, cluster_id: int, arrived: list[relays.Said], found: list[relays.Outlet]) -> bool:
    """Origins of a cluster's arrivals from its known sentences; False when an arrival was stored before a
    member (a claim placed again): then the caller recomputes the cluster."""
    if not arrived:
        return True
    before = db.execute("SELECT max(id) FROM claims WHERE cluster_id = ? AND id NOT IN "
                        "(SELECT claim_id FROM cluster_arrivals)", [cluster_id]).fetchone()[0]
    if before is not None and arrived[0].claim_id < before:
        return False
    entries = _entries(db, cluster_id)
    origins, grown = relays.assign(arrived, found, entries)
    _write(db, cluster_id, origins, {t: e for t, e in grown.items() if t not in entries})
    return True


def _recompute(db: Database, cluster_id: int, found: list[relays.Outlet]) -> None:
    members = sorted((_said(r) for r in db.execute(f"{_MEMBERS} WHERE c.cluster_id = ?", [cluster_id])), key=_order)
    origins, entries = relays.assign(members, found)
    db.execute("DELETE FROM cluster_texts WHERE cluster_id = ?", [cluster_id])
    _write(db, cluster_id, origins, entries)


def _write(db: Database, cluster_id: int, origins: dict[int, tuple[int, str | None]],
           entries: dict[str, relays.Entry]) -> None:
    """Store origins that changed (each write bumps the data version) and the new distinct sentences."""
    current = {}
    ids = sorted(origins)
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        current.update({r[0]: (r[1], r[2]) for r in db.execute(
            f"SELECT id, origin_source_id, relay FROM claims WHERE id IN ({', '.join('?' * len(part))})", part)})
    db.executemany("UPDATE claims SET origin_source_id = ?, relay = ? WHERE id = ?",
                        [(o, kind, i) for i, (o, kind) in origins.items() if current.get(i) != (o, kind)])
    db.executemany(
        "INSERT INTO cluster_texts (cluster_id, text, claim_id, source_id, at, origin_id) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (cluster_id, text) DO UPDATE SET claim_id = excluded.claim_id, source_id = excluded.source_id, "
        "at = excluded.at, origin_id = excluded.origin_id",
        [(cluster_id, e.text, e.claim_id, e.source_id, e.at, e.origin_id) for e in entries.values()])


def _state(db: Database, name: str) -> str | None:
    row = db.execute("SELECT value FROM upkeep_state WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def _set_state(db: Database, name: str, value: str) -> None:
    db.execute("INSERT INTO upkeep_state (name, value) VALUES (?, ?) "
               "ON CONFLICT (name) DO UPDATE SET value = excluded.value", [name, value])
