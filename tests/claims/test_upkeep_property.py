"""Property: however claims arrive (out of order, relayed, copied, official or not, some removed), the
incremental upkeep leaves exactly what a full recompute gives."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from aggregator.store import open_store
from claims.grouping.cluster import assign_pending
from claims.grouping.refresh import refresh, refresh_clusters
from claims.migrations import all_migrations
from tests.claims.seed import SETTINGS, add_article, add_claim, add_source
from tests.claims.test_refresh import COLUMNS

OUTLETS = ["La Vigie", "Le Courrier", "Cyberscope", "Channel Post", "EuroSec"]
VALUES = {"region": ["Normandie", "Bretagne"], "victim_count": ["750000", "1400000", "780000"],
          "risk": ["fraud", "phishing"]}
LONG = "les pirates auraient consulté les dossiers de nombreux patients de la région selon plusieurs soignants"
WORDINGS = [
    "{slot} {value}",
    "{slot} {value}, " + LONG,
    "Selon {other}, {slot} {value}",
    LONG + " ({slot} {value})",
]

claim_st = st.fixed_dictionaries({
    "source": st.sampled_from(OUTLETS + ["ARS"]),
    "slot": st.sampled_from(sorted(VALUES)),
    "pick": st.integers(0, 2),
    "polarity": st.sampled_from(["asserted", "asserted", "denied"]),
    "hedged": st.booleans(),
    "day": st.integers(8, 12),
    "hour": st.integers(0, 23),
    "wording": st.integers(0, len(WORDINGS) - 1),
    "other": st.sampled_from(OUTLETS),
})
batch_st = st.tuples(st.lists(claim_st, min_size=1, max_size=8), st.integers(0, 3))


def claims_snapshot(db) -> dict:
    return {r[0]: r[1:] for r in db.execute("SELECT id, cluster_id, origin_source_id, relay FROM claims")}


def summaries_snapshot(db) -> list:
    """The slot summaries the verdicts are computed from (one row per unofficial group)."""
    return db.execute("SELECT slot, key, origin_id, source, value, polarity, text, claim_id, said_at "
                      "FROM slot_others ORDER BY slot, key").fetchall()


def clusters_snapshot(db) -> dict:
    return {r[0]: r for r in db.execute(f"SELECT {', '.join(COLUMNS)} FROM clusters ORDER BY id")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(batch_st, min_size=1, max_size=5))
def test_incremental_upkeep_equals_a_full_recompute(batches):
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "p.db", all_migrations())
        for name in OUTLETS:
            add_source(db, name)
        add_source(db, "ARS", official=True)
        n = 0
        for claims, removals in batches:
            for c in claims:
                n += 1
                values = VALUES[c["slot"]]
                value = values[c["pick"] % len(values)]
                text = WORDINGS[c["wording"]].format(slot=c["slot"], value=value, other=c["other"])
                article = add_article(db, c["source"], f"{text} #{n}", official=c["source"] == "ARS",
                                      published=f"2025-09-{c['day']:02d}T{c['hour']:02d}:00:00+00:00")
                add_claim(db, article, c["slot"], value, c["polarity"], hedged=c["hedged"], text=text)
            assign_pending(db, embed=None, model=None, threshold=SETTINGS.similarity)
            refresh(db)
            gone = [r[0] for r in db.execute("SELECT id FROM claims WHERE cluster_id IS NOT NULL ORDER BY id")]
            with db.transaction():
                for claim_id in gone[:removals]:
                    db.execute("UPDATE clusters SET dirty = 1 WHERE id = (SELECT cluster_id FROM claims WHERE id = ?)",
                               [claim_id])
                    db.execute("DELETE FROM claims WHERE id = ?", [claim_id])
            refresh(db)
        incremental = clusters_snapshot(db), claims_snapshot(db), summaries_snapshot(db)
        refresh_clusters(db, everything=True)
        assert (clusters_snapshot(db), claims_snapshot(db), summaries_snapshot(db)) == incremental
        db.close()
