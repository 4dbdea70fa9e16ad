"""Scheduled-run figures: what a cron `recoupe crawl` costs, process start to exit, and where the time goes.

A store of 10,000 articles with their claims and clusters (benchmarks.store_builder) and
a generated corpus of 20 new articles on a local server (benchmarks.server). Then the
real command line, `python -m recoupe.cli --config ... crawl`, with the shipped defaults
except the politeness delay (every outlet is one loopback host): `cron_run_s` is the run
that finds the 20 articles (model load included), `cron_noop_s` the next one, which
finds nothing new. The split comes from the run's own stage-times log line
(recoupe.stages), which a user sees in cron logs and with `-v`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import server as corpus_server
from benchmarks import store_builder
from benchmarks.corpus import generate

ROOT = Path(__file__).resolve().parent.parent
STAGES = re.compile(r"stage seconds: ((?:\w+=[\d.]+ ?)+)")


def build_store(path: Path, articles: int, *, seed_articles: int) -> int:
    """A store of at least `articles` articles (copies of an analysed seed); returns how many it holds."""
    db = store_builder.open_db(path)
    store_builder.insert_articles(db, 0, seed_articles)
    store_builder.run_claims(db)
    per_article = db.execute("SELECT count(*) FROM claims").fetchone()[0] / seed_articles
    store_builder.replicate(db, int(articles * per_article) + 1)
    held = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    return held


def write_config(path: Path, database: Path, sources, model: str) -> Path:
    incident = store_builder.INCIDENT_KW
    blocks = "\n".join(f"[[source]]\nname = {json.dumps(s.name)}\nurl = {json.dumps(s.url)}\n"
                       f"official = {'true' if s.official else 'false'}\n" for s in sources)
    path.write_text(
        f"[incident]\nid = \"{incident['id']}\"\ntitle = {json.dumps(incident['title'])}\n"
        f"since = {incident['since'].isoformat()}\ndescription = {json.dumps(incident['description'])}\n"
        f"keywords = {json.dumps(list(incident['keywords']))}\nlanguages = [\"fr\", \"en\"]\n\n{blocks}\n"
        f"[crawl]\nallow_private_addresses = true\nper_host_interval = 0.0\n\n"
        f"[storage]\ndatabase = {json.dumps(str(database))}\n\n[claims]\nmodel = {json.dumps(model)}\n",
        encoding="utf-8")
    return path


def crawl_once(config: Path) -> dict:
    """One `recoupe crawl` process: wall seconds from start to exit, its stage split, its summary."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "recoupe.cli", "--config", str(config), "crawl"], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"recoupe crawl exited {done.returncode}: {done.stderr[-2000:]}")
    match = STAGES.search(done.stderr)
    stages = {k: float(v) for k, v in (p.split("=") for p in match.group(1).split())} if match else {}
    return {"seconds": seconds, "stages": stages, "summary": done.stdout.strip().splitlines()[-1:]}


def figures(tmp: Path, *, articles: int = 10_000, new: int = 20, seed_articles: int = 12) -> dict:
    from recoupe.config import load_config

    model = load_config(ROOT / "config.toml").claims.model
    database = tmp / "cron.db"
    held = build_store(database, articles, seed_articles=seed_articles)
    corpus = generate(new, seed=31)
    server = corpus_server.start(corpus)
    try:
        config = write_config(tmp / "cron.toml", database, corpus.sources(server.base_url), model)
        run = crawl_once(config)
        noop = crawl_once(config)
    finally:
        server.shutdown()
        server.server_close()
    split = run["stages"]
    return {
        "cron_run_s": {"value": round(run["seconds"], 2), "unit": "s", "n": new, "store_articles": held,
                       "stages": split, "other_s": round(run["seconds"] - sum(split.values()), 2),
                       "summary": run["summary"],
                       "note": f"{new} new in {held:,}: " + ", ".join(f"{k} {v:.2f}" for k, v in split.items())},
        "cron_noop_s": {"value": round(noop["seconds"], 2), "unit": "s", "n": 0, "store_articles": held,
                        "stages": noop["stages"], "target": "< 2 s", "summary": noop["summary"],
                        "note": "nothing new: " + ", ".join(f"{k} {v:.2f}" for k, v in noop["stages"].items())},
    }
