"""The timeline: each fact once, an attack date on its day, other facts at their first report, confirmed first."""

from __future__ import annotations

from claims.grouping.cluster import assign_pending
from claims.grouping.refresh import refresh_clusters
from claims.views.timeline import facts, incident_facts, narrate
from tests.claims.seed import add_article, add_claim


def cluster(id, slot, value, verdict, first_seen, polarity="asserted", by=None):
    return {"id": id, "slot": slot, "value": value, "polarity": polarity, "label": f"label {id}", "verdict": verdict,
            "first_seen": first_seen, "first_confirmed": None, "first_source_id": by}


def test_each_fact_once_attack_dates_on_their_day_quotes_left_out():
    found = narrate(
        [cluster(1, "attack_date", "2025-09-04", "confirmed", "2025-09-09T16:20:00+00:00", by=7),
         cluster(2, "attack_date", "2025-09-06", "contradicted", "2025-09-10T06:10:00+00:00"),
         cluster(3, "region", "Normandie", "confirmed", "2025-09-09T15:00:00+00:00", by=8),
         cluster(4, "quote", "Mathilde Ferrand-Oury", "confirmed", "2025-09-09T15:00:00+00:00")],
        {7: "La Vigie du Nord", 8: "ARS Normandie"})
    assert [(f.date[:10], f.kind, f.cluster_id, f.first_by) for f in found] == [
        ("2025-09-04", "event", 1, "La Vigie du Nord"),
        ("2025-09-09", "fact", 3, "ARS Normandie"),
        ("2025-09-10", "fact", 2, None),  # a contradicted attack date is a report, not an event
    ]


def test_times_of_day_order_facts_across_time_zones():
    # 18:20 in Paris (+02:00) is 16:20 UTC: after a report at 16:10 UTC, though its clock reads later.
    found = narrate([cluster(1, "region", "Normandie", "confirmed", "2025-09-09T18:20:00+02:00"),
                     cluster(2, "region", "Bretagne", "confirmed", "2025-09-09T16:10:00+00:00"),
                     cluster(3, "region", "Corse", "confirmed", "2025-09-09T16:30:00+00:00")], {})
    assert [f.cluster_id for f in found] == [2, 1, 3]


def test_pages_are_slices_of_the_whole_timeline(db):
    for day in range(1, 9):
        press = add_article(db, "Gazette", f"a{day}", published=f"2025-09-{day + 1:02d}T0{day}:00:00+00:00")
        add_claim(db, press, "region", f"Région {day}")
    ars = add_article(db, "ARS", "communiqué", official=True, published="2025-09-10T12:00:00+00:00")
    for day in (2, 5):
        add_claim(db, ars, "region", f"Région {day}")
    add_claim(db, ars, "attack_date", "2025-09-04")
    assign_pending(db, embed=None, model=None, threshold=0.9)
    refresh_clusters(db)
    for confirmed_only in (True, False):
        whole = incident_facts(db, confirmed_only=confirmed_only)
        assert len(whole) == (3 if confirmed_only else 9)
        for limit in (1, 2, 4):
            for offset in range(0, len(whole) + 1, limit):
                page, total = facts(db, limit=limit, offset=offset, confirmed_only=confirmed_only)
                end = len(whole) - offset
                assert page == whole[max(0, end - limit):end] and total == len(whole)
    first = next(f for f in incident_facts(db) if f.kind == "fact" and f.first_by)
    assert first.first_by == "Gazette"
