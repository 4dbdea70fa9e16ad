"""A crawl killed (SIGKILL) in the claims stage reads "interrupted", never "ok", and the next run completes its work."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from aggregator.store import connect
from sample.serve import start

ROOT = Path(__file__).resolve().parents[2]


def sample_config(tmp_path: Path, base: str) -> Path:
    """The shipped config.toml, pointed at a sample server on a free port and a database in tmp_path."""
    text = (ROOT / "config.toml").read_text(encoding="utf-8").replace("http://127.0.0.1:8765", base)
    text = text.replace('# database = "recoupe.db"', f'database = "{tmp_path / "recoupe.db"}"')
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_crawl_killed_in_the_claims_stage_reads_interrupted(tmp_path):
    server, base = start(port=0)
    try:
        config = sample_config(tmp_path, base)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        crawl = subprocess.Popen([sys.executable, "-m", "recoupe.cli", "--config", str(config), "crawl"], cwd=ROOT,
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        for line in crawl.stderr:  # key=value log lines: the claims stage announces itself
            if re.search(r"run \d+: claims stage|msg=\"crawl #\d+ ", line):  # the end of the crawl stage
                break
            assert time.monotonic() < deadline, "the claims stage never started"
        crawl.send_signal(signal.SIGKILL)
        crawl.communicate(timeout=30)

        db = connect(tmp_path / "recoupe.db", readonly=True)
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 15, "the crawl stage was committed"
        assert db.execute("SELECT status, ended_at FROM crawl_runs").fetchall() == [("running", None)]
        analysed = db.execute("SELECT count(*) FROM article_scope").fetchone()[0]
        db.close()

        again = subprocess.run([sys.executable, "-m", "recoupe.cli", "--config", str(config), "crawl"], cwd=ROOT,
                               env=env, capture_output=True, text=True, timeout=600)
        assert again.returncode == 0, again.stderr[-2000:]
        db = connect(tmp_path / "recoupe.db", readonly=True)
        assert [s for (s,) in db.execute("SELECT status FROM crawl_runs ORDER BY id")] == ["interrupted", "ok"]
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert db.execute("SELECT count(*) FROM article_scope").fetchone()[0] == articles > analysed
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
    finally:
        server.shutdown()
        server.server_close()
