"""The incident's timeline as a narrative: each fact once, when it happened or was first reported, by whom, and its verdict.

A fact is a live cluster that states something (quotations are words, not facts, and stay on
the claims pages). An attack date is told on the day it names ("what happened when"); any
other fact on the day and hour it was first published, with the outlet that published it
first (of a wire story, the earliest outlet that carried it: `clusters.first_source_id`)
and, once an official source confirmed it, that confirmation. Readers see confirmed facts;
the others (unconfirmed, disputed, contradicted) are one filter away. `narrate` is pure
(rows in, facts out) so the order is tested without a database; `facts` pages the latest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

from sqlite_utils import Database

from claims.grouping.verdicts import CONFIRMED, CONTRADICTED, instant

LIVE = "merged_into IS NULL AND claim_count > 0"
_FACTS = f"{LIVE} AND COALESCE(slot, '') != 'quote'"
_EVENT = "slot = 'attack_date' AND polarity = 'asserted' AND value IS NOT NULL AND value != ''"
_COLUMNS = ("id", "slot", "value", "polarity", "label", "verdict", "first_seen", "first_confirmed", "first_source_id")


@dataclass(frozen=True)
class Fact:
    """One line of the timeline."""

    date: str            # what the line is dated by: the attack date, or the first report (date or date-time)
    kind: str            # event (an attack date: what happened) | fact (what was reported)
    cluster_id: int
    verdict: str
    first_seen: str | None
    first_by: str | None  # the outlet that reported it first


def _is_event(c: dict) -> bool:
    return c["slot"] == "attack_date" and c["polarity"] == "asserted" and bool(c["value"]) \
        and c["verdict"] != CONTRADICTED


def narrate(clusters: Iterable[dict], names: dict[int, str]) -> list[Fact]:
    """Facts in time order, one per cluster: an attack date on its day, anything else at its first report."""
    out = []
    for c in clusters:
        if c["slot"] == "quote":
            continue
        by = names.get(c["first_source_id"])
        if _is_event(c):
            out.append(Fact(c["value"], "event", c["id"], c["verdict"], c["first_seen"], by))
        elif c["first_seen"]:
            out.append(Fact(c["first_seen"], "fact", c["id"], c["verdict"], c["first_seen"], by))
    return sorted(out, key=_order)


def _order(f: Fact) -> tuple:
    return instant(f.date), f.kind != "event", f.cluster_id


def _names(db: Database, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return dict(db.execute(f"SELECT id, name FROM sources WHERE id IN ({', '.join('?' * len(wanted))})", wanted))


def incident_facts(db: Database, *, confirmed_only: bool = True) -> list[Fact]:
    """The whole timeline (for exports and tests; pages read `facts`)."""
    only = f" AND verdict = '{CONFIRMED}'" if confirmed_only else ""
    rows = [dict(zip(_COLUMNS, r)) for r in db.execute(f"SELECT {', '.join(_COLUMNS)} FROM clusters WHERE {_FACTS}{only}")]
    return narrate(rows, _names(db, (r["first_source_id"] for r in rows)))


def facts(db: Database, *, limit: int, offset: int = 0, confirmed_only: bool = True) -> tuple[list[Fact], int]:
    """The facts ranked `offset` to `offset + limit` counting back from the latest, in time order, and the total.

    The same facts, in the same order, as the matching slice of `incident_facts`; attack dates are
    few and read whole, the other facts in first-seen order from the partial index, so a page
    costs the same whatever the store's size.
    """
    only = f" AND verdict = '{CONFIRMED}'" if confirmed_only else ""
    events = f"{_EVENT} AND verdict != '{CONTRADICTED}'"
    keep = limit + offset
    rows = [dict(zip(_COLUMNS, r)) for r in db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM clusters WHERE {_FACTS}{only} AND {events}")]
    rows += [dict(zip(_COLUMNS, r)) for r in db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM clusters WHERE {_FACTS}{only} AND NOT ({events}) "
        f"AND first_seen IS NOT NULL AND first_seen != '' ORDER BY first_seen DESC, id DESC LIMIT ?", [keep])]
    total = len([r for r in rows if _is_event(r)]) + db.execute(
        f"SELECT count(*) FROM clusters WHERE {_FACTS}{only} AND NOT ({events}) AND first_seen IS NOT NULL "
        "AND first_seen != ''").fetchone()[0]
    found = narrate(rows, {})
    found.sort(key=_order, reverse=True)
    page = list(reversed(found[offset:offset + limit]))
    names = _names(db, (r["first_source_id"] for r in rows if r["id"] in {f.cluster_id for f in page}))
    by_id = {r["id"]: r for r in rows}
    return [Fact(f.date, f.kind, f.cluster_id, f.verdict, f.first_seen, names.get(by_id[f.cluster_id]["first_source_id"]))
            for f in page], total


def latest_confirmations(db: Database, *, limit: int) -> list[int]:
    """The clusters official sources confirmed most recently (the Atom feed), newest first."""
    return [r[0] for r in db.execute(
        f"SELECT id FROM clusters WHERE {LIVE} AND verdict = '{CONFIRMED}' AND first_confirmed IS NOT NULL "
        "AND first_confirmed != '' ORDER BY first_confirmed DESC, id DESC LIMIT ?", [limit])]
