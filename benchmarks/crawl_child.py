"""Run one crawl of a served corpus in this process and print what it cost as JSON: the crawl benchmark's subject."""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    spec = json.loads(sys.stdin.read())
    from aggregator.config import CrawlSettings, SourceSettings
    from aggregator.crawl import run_crawl
    from aggregator.migrations import migrations
    from aggregator.store import open_store

    sources = [SourceSettings(**s) for s in spec["sources"]]
    # No politeness delay: every "outlet" is one loopback server, and the figure is the
    # pipeline's own cost. Everything else is the shipped default.
    settings = CrawlSettings(per_host_interval=0.0, **spec.get("settings", {}))
    db = open_store(spec["database"], [migrations])
    runs = []
    for k in range(spec.get("runs", 1)):
        if k:  # the next runs come when every page is due for a re-check (an hour later: aggregator.recheck)
            with db.transaction():
                db.execute("UPDATE entries SET recheck_at = discovered_at")
        cpu0 = time.process_time()
        started = time.perf_counter()
        report = run_crawl(db, sources=sources, settings=settings)
        runs.append({"seconds": time.perf_counter() - started, "main_cpu_s": time.process_time() - cpu0,
                     "counts": dict(report.counts), "status": report.status})
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = resource.getrusage(resource.RUSAGE_SELF)
    claims = None
    if spec.get("claims"):
        # What `recoupe crawl` does next, in the same process: the claims stage (model load,
        # extraction, embedding, clustering) is part of a crawl's memory, and was its peak.
        from claims.pipeline import run_pipeline
        from recoupe.config import load_config
        from web.db import all_migrations

        config = load_config(ROOT / "config.toml")
        db.close()
        if spec.get("parse"):
            # The same crawled store, to be read a second time with the dependency parse.
            _copy(spec["database"], spec["database"] + ".parse")
        db = open_store(spec["database"], all_migrations())
        started = time.perf_counter()
        analysed = run_pipeline(db, incident=config.incident, settings=config.claims)
        claims = {"seconds": time.perf_counter() - started, "counts": dict(analysed.counts), "ok": analysed.ok}
        if spec.get("parse"):
            # `[claims] structure = "combined"`: what the claims stage costs when French sentences
            # are parsed too (spaCy's model load included, as a cron job would pay it).
            parsed = open_store(spec["database"] + ".parse", all_migrations())
            started = time.perf_counter()
            report = run_pipeline(parsed, incident=config.incident, settings=replace(config.claims, structure="combined"))
            claims["parse_seconds"] = time.perf_counter() - started
            claims["parse_counts"] = dict(report.counts)
            parsed.close()
    print(json.dumps({"runs": runs, "workers_cpu_s": workers.ru_utime + workers.ru_stime, "claims": claims,
                      "main_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "crawl_maxrss_mb": own.ru_maxrss / 1024, "worker_maxrss_mb": workers.ru_maxrss / 1024}))
    return 0


def _copy(source: str, target: str) -> None:
    """A consistent copy of a SQLite file (its write-ahead log included), through SQLite's backup."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


if __name__ == "__main__":
    sys.exit(main())
