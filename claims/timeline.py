"""The incident's timeline: dated events the claims state, and when each fact was first reported and confirmed.

`build_timeline` is pure (rows in, events out) so its ordering rules are tested without a
database; `incident_timeline` reads the rows. An event date comes from an `attack_date`
cluster's value (what happened when); "reported" and "confirmed" entries come from each
cluster's first member article and first confirming official statement (what was known when).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from sqlite_utils import Database

from claims.verdicts import CONFIRMED, CONTRADICTED

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
    first_sources: dict[int, str] = {}
    for cluster_id, source, _at in db.execute(
            """SELECT c.cluster_id, s.name, min(COALESCE(a.published, a.first_seen)) FROM claims c
               JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
               WHERE c.cluster_id IS NOT NULL GROUP BY c.cluster_id"""):
        first_sources[cluster_id] = source
    confirming: dict[int, str] = {}
    for cluster_id, source, _at in db.execute(
            """SELECT k.id, s.name, min(COALESCE(a.published, a.first_seen)) FROM clusters k
               JOIN json_each(k.official_claim_ids) j JOIN claims c ON c.id = j.value
               JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
               WHERE k.verdict = 'confirmed' GROUP BY k.id"""):
        confirming[cluster_id] = source
    return build_timeline(clusters, first_sources, confirming)
