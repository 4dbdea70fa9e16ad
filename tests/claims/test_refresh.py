"""Verdict upkeep: work follows what changed (new members, a changed slot summary) and equals a full recompute."""

from __future__ import annotations

import random

from claims.grouping.cluster import assign_pending
from claims.grouping.refresh import refresh, refresh_clusters
from tests.claims.seed import SETTINGS, add_article, add_claim

COLUMNS = ("id", "claim_count", "source_count", "first_seen", "label", "computed_verdict", "verdict", "verdict_note",
           "official_hedged", "official_claim_ids", "first_confirmed", "reason", "outlier", "question",
           "independent_sources", "first_source_id", "first_claim_id")
SLOTS = {"region": ["Normandie", "Bretagne", "Occitanie"], "data_category": ["identity", "medical", "contact"],
         "risk": ["phishing", "fraud"], "victim_count": ["500000", "750000", "520000"],
         "accounts_compromised": ["10", "12", "50"], "attack_vector": ["credentials", "ransomware"]}
WORDINGS = ["{v} selon nos informations", "environ {v}, d'après la presse", "{v}, dit-on", "{v}"]


def snapshot(db) -> dict[int, tuple]:
    return {r[0]: r for r in db.execute(f"SELECT {', '.join(COLUMNS)} FROM clusters ORDER BY id")}


def cluster_of(db, claim_id: int) -> int:
    return db.execute("SELECT cluster_id FROM claims WHERE id = ?", [claim_id]).fetchone()[0]


def add_random(db, rng: random.Random, n: int) -> None:
    """`n` slot claims from a few outlets (one official), some hedged, some worded as estimates."""
    for _ in range(n):
        source = rng.choice(["ARS", "Ouest", "Echo", "Channel", "Cyberscope"])
        published = f"2025-09-{rng.randint(1, 28):02d}"
        article = add_article(db, source, f"article {rng.random()}", official=source == "ARS", published=published)
        slot = rng.choice(sorted(SLOTS))
        value = rng.choice(SLOTS[slot])
        text = rng.choice(WORDINGS).format(v=value)
        add_claim(db, article, slot, value, rng.choice(["asserted", "asserted", "denied"]),
                  hedged=rng.random() < 0.3, text=f"{slot}: {text}")


def run(db):
    assign_pending(db, embed=None, model=None, threshold=SETTINGS.similarity)
    return refresh(db)


def seeded(db) -> dict[str, int]:
    """A settled store of several slots: two claims per cluster from unofficial outlets, one official word on risk."""
    ids = {}
    for slot, values in SLOTS.items():
        for value in values:
            for source in ("Ouest", "Echo"):
                ids[f"{slot}={value}"] = add_claim(db, add_article(db, source, f"{slot} {value} {source}"),
                                                   slot, value, text=f"{slot} {value} dans la presse")
    add_claim(db, add_article(db, "ARS", "communiqué", official=True), "risk", "phishing", text="risk phishing, ARS")
    run(db)
    return ids


def test_a_claim_repeating_what_is_known_refreshes_its_cluster_and_no_other(db):
    ids = seeded(db)
    normandie = cluster_of(db, ids["region=Normandie"])
    before = snapshot(db)
    add_claim(db, add_article(db, "Echo", "encore"), "region", "Normandie", text="region Normandie dans la presse")
    done = run(db)
    assert done.members == done.incremental == done.verdicts == {normandie}
    assert not done.changed_slots
    after = snapshot(db)
    assert after[normandie][1:3] == (3, 2)  # one more claim, no new outlet
    assert {i: row for i, row in after.items() if i != normandie} == {
        i: row for i, row in before.items() if i != normandie}


def test_a_new_official_statement_recomputes_its_slot_only(db):
    ids = seeded(db)
    add_claim(db, add_article(db, "ARS", "second communiqué", official=True), "data_category", "medical", "denied",
              text="aucune donnée médicale")
    done = run(db)
    assert done.changed_slots == {"data_category"}
    slot_clusters = {r[0] for r in db.execute("SELECT id FROM clusters WHERE slot = 'data_category'")}
    assert done.verdicts == slot_clusters
    medical = cluster_of(db, ids["data_category=medical"])
    assert db.execute("SELECT verdict FROM clusters WHERE id = ?", [medical]).fetchone()[0] == "contradicted"


def test_a_new_outlet_in_a_dispute_recomputes_the_slot(db):
    ids = seeded(db)
    add_claim(db, add_article(db, "Cyberscope", "scoop"), "region", "Normandie", "denied", text="pas en Normandie")
    done = run(db)
    assert done.changed_slots == {"region"}
    assert db.execute("SELECT verdict FROM clusters WHERE id = ?",
                      [cluster_of(db, ids["region=Normandie"])]).fetchone()[0] == "disputed"


def test_incremental_upkeep_gives_what_a_full_recompute_gives(db):
    rng = random.Random(6)
    add_random(db, rng, 60)
    run(db)
    for _ in range(6):
        add_random(db, rng, 25)
        done = run(db)
        assert done.incremental, "the later runs grow existing clusters from their new members"
    # Labels can move to a sentence the new claims print more often than the current label.
    big = db.execute("SELECT id, slot, value, polarity FROM clusters k WHERE NOT EXISTS (SELECT 1 FROM claims c "
                     "JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id "
                     "WHERE c.cluster_id = k.id AND s.official = 1) ORDER BY claim_count DESC").fetchone()
    for source in ("Ouest", "Echo", "Channel"):
        for _ in range(4):
            add_claim(db, add_article(db, source, f"reprise {rng.random()}"), big[1], big[2], big[3],
                      text="la phrase reprise partout")
    assert big[0] in run(db).incremental
    assert db.execute("SELECT label FROM clusters WHERE id = ?", [big[0]]).fetchone()[0] == "la phrase reprise partout"
    incremental = snapshot(db)
    refresh_clusters(db, everything=True)
    assert snapshot(db) == incremental


def test_a_claim_leaving_a_cluster_rebuilds_its_slot(db):
    ids = seeded(db)
    with db.transaction():
        db.execute("DELETE FROM claims WHERE id = ?", [ids["region=Bretagne"]])
        db.execute("UPDATE clusters SET dirty = 1 WHERE key = 'region|Bretagne|asserted'")
    done = run(db)
    assert done.changed_slots == {"region"} and not done.incremental
    assert db.execute("SELECT claim_count FROM clusters WHERE key = 'region|Bretagne|asserted'").fetchone()[0] == 1


def test_a_sentence_printed_as_often_as_the_label_takes_it_only_if_printed_earlier(db):
    def printed(text, source, published):
        add_claim(db, add_article(db, source, f"{text} {source} {published}", published=published),
                  "region", "Normandie", text=text)
    printed("la Normandie est touchée", "Ouest", "2025-09-05")
    printed("la Normandie est touchée", "Echo", "2025-09-06")
    run(db)
    printed("la Normandie aussi", "Ouest", "2025-09-07")
    printed("la Normandie aussi", "Echo", "2025-09-08")
    assert run(db).incremental
    label = "SELECT label FROM clusters WHERE key = 'region|Normandie|asserted'"
    assert db.execute(label).fetchone()[0] == "la Normandie est touchée"
    printed("en Normandie, dès le 1er", "Ouest", "2025-09-01")
    printed("en Normandie, dès le 1er", "Echo", "2025-09-02")
    assert run(db).incremental
    assert db.execute(label).fetchone()[0] == "en Normandie, dès le 1er"
