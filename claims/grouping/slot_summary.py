"""Per-slot summaries of what is said: the whole input of slot verdicts, kept in tables and grown from arrivals.

A slot cluster's verdict depends on every official statement of its slot (each one is
named in the verdict), on which sources state which value and polarity unofficially (the
dispute note lists them), and on whether the cluster's own figure was worded as an
estimate. Thousands of syndicated claims repeat the same few unofficial tuples, so the
summary is small: official statements one by one (`slot_officials`), the distinct
unofficial (origin, value, polarity, estimate, excerpt) tuples (`slot_others`: the origin is
the independent outlet, claims.grouping.relays, so relayed copies add nothing), and the
clusters with an estimate (`slot_estimates`). Claims that join clusters are added to it;
anything else (a claim leaving, an official mark changing) rebuilds the slot from its
statements. Adding returns whether the summary changed: when it did not, no verdict of the
slot can have changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from sqlite_utils import Database

from aggregator.store import now
from claims.grouping.statements import statements
from claims.grouping.verdicts import NUMERIC_SLOTS, Statement, instant, worded_as_estimate

UNDATED = "~"  # sorts after every date: an undated statement speaks for its group last


@dataclass(frozen=True)
class Picture:
    """What the verdict rules need of a slot: official statements, one statement per distinct
    unofficial tuple, and the clusters whose own figure is worded as an estimate."""

    statements: tuple[Statement, ...]
    estimates: frozenset[int]


def summarised(db: Database) -> set[str]:
    """Slots whose summary is complete."""
    return {r[0] for r in db.execute("SELECT slot FROM slot_summaries")}


def rebuild(db: Database, slot: str) -> None:
    """Recompute a slot's summary from every in-incident statement of the slot (caller holds the transaction)."""
    for table in ("slot_officials", "slot_others", "slot_estimates"):
        db.execute(f"DELETE FROM {table} WHERE slot = ?", [slot])
    add(db, ((s, cluster_id) for s, cluster_id, _ in statements(db, "c.slot = ?", [slot])))
    db.execute("INSERT INTO slot_summaries (slot, built_at) VALUES (?, ?) "
               "ON CONFLICT (slot) DO UPDATE SET built_at = excluded.built_at", [slot, now()])


def regroup(db: Database, slot: str, claim_ids: Iterable[int]) -> bool:
    """Move claims already summarised to the groups of the origins they now have (an earlier copy
    arrived: claims.grouping.origins). A group a moved claim spoke for is taken again from the
    statements left in it (or dropped when none is); the rest of the slot is left as it is.
    Returns whether the summary changed (when not, no verdict of the slot can have)."""
    ids = sorted(set(claim_ids))
    changed = False
    for start in range(0, len(ids), 200):
        part = ids[start:start + 200]
        marks = ", ".join("?" * len(part))
        stale = db.execute(f"SELECT key, origin_id, value, polarity, source, text, claim_id FROM slot_others "
                           f"WHERE slot = ? AND claim_id IN ({marks})", [slot, *part]).fetchall()
        for key, origin, value, polarity, *_ in stale:
            db.execute("DELETE FROM slot_others WHERE slot = ? AND key = ?", [slot, key])
            add(db, ((s, cluster_id) for s, cluster_id, _ in statements(
                db, "c.slot = ? AND COALESCE(c.origin_source_id, a.source_id) = ? AND c.polarity = ? AND "
                    + ("c.value IS NULL" if value is None else "c.value = ?"),
                [slot, origin, polarity] + ([] if value is None else [value]))))
        for row in stale:
            now_held = db.execute("SELECT key, origin_id, value, polarity, source, text, claim_id FROM slot_others "
                                  "WHERE slot = ? AND key = ?", [slot, row[0]]).fetchone()
            changed = changed or tuple(now_held or ()) != tuple(row)
        changed = bool(add(db, ((s, cluster_id) for s, cluster_id, _ in statements(
            db, f"c.id IN ({marks})", part)))) or changed
    return changed


def add(db: Database, stated: Iterable[tuple[Statement, int | None]]) -> set[str]:
    """Add statements (with the cluster each sits in) to their slots' summaries; return the slots that changed."""
    officials, others, estimates = [], {}, set()
    for s, cluster_id in stated:
        if s.slot is None:
            continue
        estimate = s.slot in NUMERIC_SLOTS and worded_as_estimate(s.text)
        if s.official:
            officials.append((s.claim_id, s.slot, s.value, s.polarity, int(s.hedged), s.source, s.published, s.text,
                              s.source_id))
        else:
            excerpt = s.text[:80] if s.value is None else ""
            origin = s.origin_id if s.origin_id is not None else s.source_id
            key = json.dumps([origin if origin is not None else s.source, s.value, s.polarity, estimate, excerpt],
                             ensure_ascii=False)
            row = (s.slot, key, origin, s.origin or s.source, s.value, s.polarity, s.text, s.claim_id,
                   instant(s.published) or UNDATED)
            # The first said (by publication, then wording) speaks for its tuple, whatever order
            # the claims arrived in and whichever store numbered them: an incremental run, a full
            # rebuild and PostgreSQL workers then name the same claims in a verdict's reason.
            held = others.get((s.slot, key))
            if held is None or (row[8], row[6], row[7]) < (held[8], held[6], held[7]):
                others[(s.slot, key)] = row
        if estimate and cluster_id is not None:
            estimates.add((s.slot, cluster_id))
    changed: set[str] = set()
    for sql, rows, slot_at in (
        ("INSERT INTO slot_officials (claim_id, slot, value, polarity, hedged, source, published, text, source_id) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO NOTHING", officials, 1),
        ("INSERT INTO slot_others (slot, key, origin_id, source, value, polarity, text, claim_id, said_at) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slot, key) DO UPDATE SET origin_id = excluded.origin_id, "
         "source = excluded.source, text = excluded.text, claim_id = excluded.claim_id, said_at = excluded.said_at "
         "WHERE (excluded.said_at, excluded.text, excluded.claim_id) "
         "< (slot_others.said_at, slot_others.text, slot_others.claim_id)", list(others.values()), 0),
        ("INSERT INTO slot_estimates (slot, cluster_id) VALUES (?, ?) ON CONFLICT (slot, cluster_id) DO NOTHING",
         sorted(estimates), 0),
    ):
        for row in rows:
            if db.execute(sql, row).rowcount:
                changed.add(row[slot_at])
    return changed


def picture(db: Database, slot: str) -> Picture:
    """A slot's summary as the verdict rules take it (see claims.grouping.verdicts.slot_verdict)."""
    stated = [Statement(r[0], slot, r[1], r[2], bool(r[3]), True, r[4], r[5], r[6], r[7]) for r in db.execute(
        "SELECT claim_id, value, polarity, hedged, source, published, text, source_id FROM slot_officials "
        "WHERE slot = ?", [slot])]
    stated += [Statement(r[5], slot, r[0], r[1], False, False, r[2], None, r[3], r[4], r[4]) for r in db.execute(
        "SELECT value, polarity, source, text, origin_id, claim_id FROM slot_others WHERE slot = ?", [slot])]
    estimates = frozenset(r[0] for r in db.execute("SELECT cluster_id FROM slot_estimates WHERE slot = ?", [slot]))
    return Picture(tuple(stated), estimates)


def forget(db: Database) -> None:
    """Drop every summary, so each slot is rebuilt when next touched (the official mark changed)."""
    for table in ("slot_officials", "slot_others", "slot_estimates", "slot_summaries"):
        db.execute(f"DELETE FROM {table}")
