"""The timeline: events from attack dates, then when each fact was first reported and first confirmed."""

from __future__ import annotations

from claims.grouping.cluster import assign_pending
from claims.grouping.refresh import refresh_clusters
from claims.views.timeline import build_timeline, incident_timeline
from tests.claims.seed import add_article, add_claim


def cluster(id, slot, value, verdict, first_seen, first_confirmed=None, polarity="asserted"):
    return {"id": id, "slot": slot, "value": value, "polarity": polarity, "label": f"label {id}",
            "verdict": verdict, "first_seen": first_seen, "first_confirmed": first_confirmed}


def test_events_come_before_what_was_known_of_them():
    events = build_timeline(
        [cluster(1, "attack_date", "2025-09-04", "confirmed", "2025-09-09T18:20", "2025-09-09"),
         cluster(2, "attack_date", "2025-09-06", "contradicted", "2025-09-10"),
         cluster(3, "region", "Normandie", "confirmed", "2025-09-09T17:00", "2025-09-09T17:00")],
        {1: "La Vigie", 2: "The Channel Post", 3: "ARS Normandie"}, {1: "ARS Normandie", 3: "ARS Normandie"})
    assert [(e.date[:10], e.kind, e.cluster_id) for e in events] == [
        ("2025-09-04", "event", 1),
        ("2025-09-09", "reported", 3), ("2025-09-09", "reported", 1),
        ("2025-09-09", "confirmed", 1), ("2025-09-09", "confirmed", 3),
        ("2025-09-10", "reported", 2),
    ]
    assert events[1].by == "ARS Normandie"


def test_incident_timeline_reads_first_reports_and_confirmations(db):
    press = add_article(db, "Gazette", "a", published="2025-09-08")
    ars = add_article(db, "ARS", "b", official=True, published="2025-09-09")
    add_claim(db, press, "attack_date", "2025-09-04")
    add_claim(db, ars, "attack_date", "2025-09-04")
    assign_pending(db, embed=None, model=None, threshold=0.9)
    refresh_clusters(db)
    events = incident_timeline(db)
    assert [(e.date, e.kind, e.by) for e in events] == [
        ("2025-09-04", "event", None), ("2025-09-08", "reported", "Gazette"), ("2025-09-09", "confirmed", "ARS")]
