"""Keep each clustered claim's origin (the independent outlet it comes from) up to date, at the cost of what changed.

The rules are claims.grouping.relays'; this module feeds them from the tables. Origins do not
depend on the order claims were stored in, so a cluster that only gained claims is extended
from `cluster_texts` (its distinct sentences and their copy families) alone, whatever the
arrivals' dates. When an arrival changes a family's first-published sentence (it was out
earlier, or it joins two families), the members already stored in that family are given
their new origin, and `update` says which claims moved, so the cluster's counts are taken
again from all members and its slot's summary moves those claims alone
(claims.grouping.slot_summary.regroup). Anything else (claims leaving or placed again, a new outlet name that members
mention) recomputes the cluster's origins from all its members, exactly as a full recompute would.
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

_MEMBERS = f"""SELECT c.id, a.source_id, {PUBLISHED_SQL}, c.text, c.value, {OFFICIAL_SQL}, c.cluster_id, s.name
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


def update(db: Database, marks: dict[int, int], everything: bool = False) -> dict[int, set[int]]:
    """Set the origin of the members of marked clusters. Returns, for each cluster extended from its
    arrivals where members already stored changed origin, those members' ids."""
    found = outlets(db)
    arrivals: dict[int, list[relays.Said]] = defaultdict(list)
    for row in db.execute(f"{_MEMBERS} WHERE c.id IN (SELECT claim_id FROM cluster_arrivals)"):
        arrivals[row[6]].append(_said(row))
    moved: dict[int, set[int]] = {}
    for cluster_id in sorted(marks):
        if marks[cluster_id] == ARRIVALS and not everything:
            shifted = _extend(db, cluster_id, arrivals.get(cluster_id, []), found)
            if shifted:
                moved[cluster_id] = shifted
            continue
        _recompute(db, cluster_id, found)
    return moved


def _said(row) -> relays.Said:
    return relays.Said(row[0], row[1], instant(row[2]), row[3], row[4], bool(row[5]), row[7])


def _entries(db: Database, cluster_id: int) -> dict[str, relays.Entry]:
    return {r[0]: relays.Entry(*r) for r in db.execute(
        "SELECT t.text, t.claim_id, t.source_id, t.at, t.origin_id, t.base_id, t.family, s.name "
        "FROM cluster_texts t JOIN sources s ON s.id = t.source_id WHERE t.cluster_id = ?", [cluster_id])}


def _extend(db: Database, cluster_id: int, arrived: list[relays.Said], found: list[relays.Outlet]) -> set[int]:
    """Origins of a cluster's arrivals from its known sentences. Returns the ids of members already
    stored whose origin changed (an arrival came before a family's first sentence, or joined two families)."""
    if not arrived:
        return set()
    entries = _entries(db, cluster_id)
    origins, grown = relays.assign(arrived, found, entries)
    moved = sorted(t for t, e in entries.items() if grown[t].origin_id != e.origin_id)
    new = {said.claim_id for said in arrived}
    for start in range(0, len(moved), 200):
        part = moved[start:start + 200]
        for row in db.execute(f"{_MEMBERS} WHERE c.cluster_id = ? AND c.text IN ({', '.join('?' * len(part))})",
                              [cluster_id, *part]):
            if row[0] not in new:
                said = _said(row)
                origins[said.claim_id] = relays.origin_of(said, grown[said.text], found)
    return _write(db, cluster_id, origins, {t: e for t, e in grown.items() if entries.get(t) != e})


def _recompute(db: Database, cluster_id: int, found: list[relays.Outlet]) -> None:
    members = [_said(r) for r in db.execute(f"{_MEMBERS} WHERE c.cluster_id = ?", [cluster_id])]
    origins, entries = relays.assign(members, found)
    db.execute("DELETE FROM cluster_texts WHERE cluster_id = ?", [cluster_id])
    _write(db, cluster_id, origins, entries)


def _write(db: Database, cluster_id: int, origins: dict[int, tuple[int, str | None]],
           entries: dict[str, relays.Entry]) -> set[int]:
    """Store origins that changed (each write bumps the data version) and the distinct sentences that are
    new or changed; return the ids of claims that had an origin and now have another."""
    current = {}
    ids = sorted(origins)
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        current.update({r[0]: (r[1], r[2]) for r in db.execute(
            f"SELECT id, origin_source_id, relay FROM claims WHERE id IN ({', '.join('?' * len(part))})", part)})
    changed = [(o, kind, i) for i, (o, kind) in origins.items() if current.get(i) != (o, kind)]
    db.executemany("UPDATE claims SET origin_source_id = ?, relay = ? WHERE id = ?", changed)
    db.executemany(
        "INSERT INTO cluster_texts (cluster_id, text, claim_id, source_id, at, origin_id, base_id, family) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (cluster_id, text) DO UPDATE SET claim_id = excluded.claim_id, source_id = excluded.source_id, "
        "at = excluded.at, origin_id = excluded.origin_id, base_id = excluded.base_id, family = excluded.family",
        [(cluster_id, e.text, e.claim_id, e.source_id, e.at, e.origin_id, e.base_id, e.family)
         for e in entries.values()])
    return {i for o, _, i in changed if current[i][0] is not None and current[i][0] != o}


def _state(db: Database, name: str) -> str | None:
    row = db.execute("SELECT value FROM upkeep_state WHERE name = ?", [name]).fetchone()
    return row[0] if row else None


def _set_state(db: Database, name: str, value: str) -> None:
    db.execute("INSERT INTO upkeep_state (name, value) VALUES (?, ?) "
               "ON CONFLICT (name) DO UPDATE SET value = excluded.value", [name, value])
