"""Scheduled runs: a run that finds nothing new skips the claims stage, and every run says where its time went."""

from __future__ import annotations

from aggregator.store import open_store
from claims.grouping.refresh import refresh_clusters
from claims.idle import idle
from tests.aggregator.test_crawl import recoupe, write_config
from web.db import all_migrations


def test_a_run_with_nothing_new_skips_the_claims_stage_and_logs_its_stage_times(http_server, tmp_path):
    config = write_config(tmp_path, http_server)
    first = recoupe("--config", str(config), "crawl")
    out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert "2 new articles" in out
    stages = [line for line in err.splitlines() if "stage seconds:" in line]
    assert stages and all(f"{name}=" in stages[0] for name in ("imports", "fetch", "claims", "upkeep"))

    again = recoupe("--config", str(config), "crawl")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert "0 new articles" in out and "nothing new to analyse" in err
    (line,) = [line for line in err.splitlines() if "stage seconds:" in line]
    assert "imports=" in line and "claims=" not in line


def test_the_claims_stage_is_idle_only_when_nothing_waits(store_target):
    db = open_store(store_target, all_migrations())
    try:
        refresh_clusters(db)
        assert idle(db)
        with db.transaction():
            db.execute("INSERT INTO sources (name, url, official) VALUES ('ARS', 'http://ars.example/feed', 1)")
        assert not idle(db), "a source newly official changes verdicts: the stage must run"
        refresh_clusters(db)
        assert idle(db)
        with db.transaction():
            source = db.execute("SELECT id FROM sources").fetchone()[0]
            db.execute("INSERT INTO articles (url, source_id, text, text_hash, fingerprint, first_seen, updated_at) "
                       "VALUES ('http://ars.example/a', ?, 'x', 'h', '0', '2025-09-10', '2025-09-10')", [source])
        assert not idle(db), "an article never analysed waits for the stage"
    finally:
        db.close()
