"""The incident's timeline: dated events the claims state, and when each fact was first reported and confirmed.

`build_timeline` is pure (rows in, events out) so its ordering rules are tested without a
database; `incident_timeline` reads the rows. An event date comes from an `attack_date`
cluster's value (what happened when); "reported" and "confirmed" entries come from each
cluster's first member article and first confirming official statement (what was known when).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from sqlite_utils import Database

from claims.grouping.verdicts import CONFIRMED, CONTRADICTED

KIND_ORDER = {"event": 0, "reported": 1, "confirmed": 2}


@dataclass(frozen=True)
class Event:
    """One line of the timeline."""

    date: str           # ISO date or date-time, as stored
    kind: str           # event | reported | confirmed
    cluster_id: int
    slot: str | None
    label: str
    verdict: str
    by: str | None = None  # the source that said it first, or confirmed it


def build_timeline(clusters: Iterable[dict], first_sources: dict[int, str],
                   confirming_sources: dict[int, str]) -> list[Event]:
    """Events in date order; a contradicted attack date is not an event, only a report."""
    events = []
    for c in clusters:
        if c["slot"] == "attack_date" and c["polarity"] == "asserted" and c["value"] and c["verdict"] != CONTRADICTED:
            events.append(Event(c["value"], "event", c["id"], c["slot"], c["label"], c["verdict"]))
        if c["first_seen"]:
            events.append(Event(c["first_seen"], "reported", c["id"], c["slot"], c["label"], c["verdict"],
                                first_sources.get(c["id"])))
        if c["first_confirmed"] and c["verdict"] == CONFIRMED:
            events.append(Event(c["first_confirmed"], "confirmed", c["id"], c["slot"], c["label"], c["verdict"],
                                confirming_sources.get(c["id"])))
    return sorted(events, key=lambda e: (e.date[:10], KIND_ORDER[e.kind], e.date, e.cluster_id))


def incident_timeline(db: Database) -> list[Event]:
    """The timeline of every live cluster."""
    keys = ("id", "slot", "value", "polarity", "label", "verdict", "first_seen", "first_confirmed")
    clusters = [dict(zip(keys, r)) for r in db.execute(
        f"SELECT {', '.join(keys)} FROM clusters WHERE merged_into IS NULL AND claim_count > 0")]
    first_sources: dict[int, str] = dict(db.execute(
            """SELECT cluster_id, name FROM (SELECT c.cluster_id, s.name, ROW_NUMBER() OVER (PARTITION BY
               c.cluster_id ORDER BY COALESCE(a.published, a.first_seen), c.id) AS n FROM claims c
               JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
               WHERE c.cluster_id IS NOT NULL) firsts WHERE n = 1""").fetchall())
    confirmed = [r[0] for r in db.execute("SELECT id FROM clusters WHERE verdict = 'confirmed'")]
    return build_timeline(clusters, first_sources, confirming_sources(db, confirmed))


_LIVE = "merged_into IS NULL AND claim_count > 0"
_COLUMNS = "id, slot, value, polarity, label, verdict, first_seen, first_confirmed"
# Per kind: which live clusters make an event of that kind, and its date column. Each query reads
# a partial index in date order, so the latest events cost the same whatever the store's size.
_KIND_SQL = {
    "event": ("slot = 'attack_date' AND polarity = 'asserted' AND value IS NOT NULL AND value != '' "
              f"AND verdict != '{CONTRADICTED}'", "value"),
    "reported": ("first_seen IS NOT NULL AND first_seen != ''", "first_seen"),
    "confirmed": (f"first_confirmed IS NOT NULL AND first_confirmed != '' AND verdict = '{CONFIRMED}'",
                  "first_confirmed"),
}


def recent_events(db: Database, *, limit: int, offset: int = 0, confirmed_only: bool = False,
                  kinds: Iterable[str] = tuple(KIND_ORDER)) -> tuple[list[Event], int]:
    """The events ranked `offset` to `offset + limit` counting back from the latest, in date order, and the total.

    The same events, in the same order, as the matching slice of `incident_timeline`, with
    the same first and confirming sources, read for those events only.
    """
    only = f" AND verdict = '{CONFIRMED}'" if confirmed_only else ""
    keep = limit + offset
    events: list[Event] = []
    total = 0
    for kind in kinds:
        where, column = _KIND_SQL[kind]
        total += db.execute(f"SELECT count(*) FROM clusters WHERE {_LIVE} AND {where}{only}").fetchone()[0]
        for row in db.execute(f"SELECT {_COLUMNS} FROM clusters WHERE {_LIVE} AND {where}{only} "
                              f"ORDER BY {column} DESC, id DESC LIMIT ?", [keep]):
            c = dict(zip(_COLUMNS.split(", "), row))
            date = {"event": c["value"], "reported": c["first_seen"], "confirmed": c["first_confirmed"]}[kind]
            events.append(Event(date, kind, c["id"], c["slot"], c["label"], c["verdict"]))
    events.sort(key=lambda e: (e.date[:10], KIND_ORDER[e.kind], e.date, e.cluster_id), reverse=True)
    events = events[offset:offset + limit]
    first = first_sources(db, {e.cluster_id: e.date for e in events if e.kind == "reported"})
    confirming = confirming_sources(db, [e.cluster_id for e in events if e.kind == "confirmed"])
    events = [e if e.kind == "event" else Event(e.date, e.kind, e.cluster_id, e.slot, e.label, e.verdict,
                                                (first if e.kind == "reported" else confirming).get(e.cluster_id))
              for e in reversed(events)]
    return events, total


def first_sources(db: Database, first_seen: dict[int, str]) -> dict[int, str]:
    """Who reported each cluster first: the source of its earliest member article (lowest claim id on ties).

    The articles dated exactly the cluster's `first_seen` are found by index; a cluster whose
    stored date matches none of its members falls back to scanning its claims.
    """
    out: dict[int, str] = {}
    for cluster_id, when in first_seen.items():
        row = db.execute("""SELECT s.name FROM articles a JOIN claims c ON c.article_id = a.id
                            JOIN sources s ON s.id = a.source_id
                            WHERE COALESCE(a.published, a.first_seen) = ? AND c.cluster_id = ?
                            ORDER BY c.id LIMIT 1""", [when, cluster_id]).fetchone()
        if row is None:
            row = db.execute("""SELECT s.name FROM claims c
                                JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
                                WHERE c.cluster_id = ? ORDER BY COALESCE(a.published, a.first_seen), c.id
                                LIMIT 1""", [cluster_id]).fetchone()
        if row is not None and row[0] is not None:
            out[cluster_id] = row[0]
    return out


def confirming_sources(db: Database, cluster_ids: list[int]) -> dict[int, str]:
    """Who confirmed each cluster first: the source of its earliest official statement."""
    out: dict[int, str] = {}
    for cluster_id in cluster_ids:
        found = db.execute("SELECT official_claim_ids FROM clusters WHERE id = ? AND verdict = 'confirmed'",
                           [cluster_id]).fetchone()
        ids = json.loads(found[0] or "[]") if found else []
        if not ids:
            continue
        row = db.execute(f"""SELECT s.name FROM claims c
                            JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
                            WHERE c.id IN ({', '.join('?' * len(ids))})
                            ORDER BY COALESCE(a.published, a.first_seen), c.id LIMIT 1""", ids).fetchone()
        if row is not None and row[0] is not None:
            out[cluster_id] = row[0]
    return out
