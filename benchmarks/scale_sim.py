"""Load simulation of distributed mode: a generated web of 10,000 feeds and 100,000 articles, 1, 2 and 4 workers.

The web is served on 127.0.0.1 by HOSTS servers (one port per "host"), each page generated
from memory when asked (benchmarks.corpus: a page depends only on its index), so the
whole web exists without being built up front. Each run crawls a sample of it (SAMPLE
feeds, ten articles each) through PostgreSQL and procrastinate, with N `recoupe worker`
processes, for a fixed time, and measures: articles stored and analysed per second, the
busiest host's request rate, the store's write rate and the queue's latency.

    flock /tmp/recoupe-bench.lock .venv/bin/python -m benchmarks.scale_sim --seconds 60
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import tomllib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg

from benchmarks.corpus import OUTLETS, _atom, _Furniture, _rss, _story
from tests.postgres import start as start_postgres, stop as stop_postgres

ROOT = Path(__file__).resolve().parents[1]
FEEDS, ARTICLES, HOSTS = 10_000, 100_000, 50
SEED = 7


class LazyWeb(ThreadingHTTPServer):
    """One host of the generated web: feeds f where f % HOSTS == host, pages of those feeds."""

    daemon_threads = True
    request_queue_size = 256

    def __init__(self, host: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.host = host
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.furniture = {slug: _Furniture(slug, name, lang, SEED) for slug, name, lang, _, _ in OUTLETS}
        self.arrivals: list[float] = []

    def page(self, i: int) -> bytes:
        slug, _name, lang, _kind, _official = OUTLETS[(i % FEEDS) % len(OUTLETS)]
        return self.furniture[slug].page(_story(SEED, i, lang), f"/p/{i}.html").encode()

    def feed(self, f: int) -> bytes:
        slug, name, lang, kind, _official = OUTLETS[f % len(OUTLETS)]
        items = [(f"/p/{i}.html", _story(SEED, i, lang)) for i in range(f, ARTICLES, FEEDS)]
        body = (_atom if kind == "atom" else _rss)(f"{name} {f}", slug, items)
        return body.replace("__BASE__", self.base).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        server: LazyWeb = self.server
        server.arrivals.append(time.monotonic())
        kind, _, name = self.path.strip("/").partition("/")
        try:
            number = int(name.split(".")[0])
        except ValueError:
            number = -1
        if kind == "f" and 0 <= number < FEEDS and number % HOSTS == server.host:
            body, ctype = server.feed(number), "application/rss+xml; charset=utf-8"
        elif kind == "p" and 0 <= number < ARTICLES and (number % FEEDS) % HOSTS == server.host:
            body, ctype = server.page(number), "text/html; charset=utf-8"
        else:
            body, ctype = b"not here\n", "text/plain"
            self.send_response(404)
            self._finish(body, ctype)
            return
        self.send_response(200)
        self._finish(body, ctype)

    def _finish(self, body: bytes, ctype: str) -> None:
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def config_text(url: str, hosts: list[LazyWeb], sample: int, interval: float) -> str:
    incident = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))["incident"]
    lines = ["[incident]"] + [f"{k} = {json.dumps(v) if not hasattr(v, 'isoformat') else v.isoformat()}"
                              for k, v in incident.items()]
    # The sample: feeds spread over every host, as a newsroom's list would be.
    for k in range(sample):
        f = k * (FEEDS // sample) + k % HOSTS
        lines += ["[[source]]", f'name = "feed {f}"', f'url = "{hosts[f % HOSTS].base}/f/{f}.xml"']
    lines += ["[crawl]", "allow_private_addresses = true", f"per_host_interval = {interval}",
              f"[storage]", f'url = "{url}"',
              "[claims]", f'model = "{ROOT / "models" / "multilingual-e5-small"}"',
              "[workers]", "concurrency = 8", "heartbeat = 2.0", "stalled_after = 60.0", "sweep_every = 5.0",
              "settle_wait = 20.0"]
    return "\n".join(lines) + "\n"


WORKER = """
import asyncio, sys
from recoupe.config import load_config
from claims.queue.worker import work
asyncio.run(work(load_config(sys.argv[1]), stop_after=float(sys.argv[2]), keep_jobs=True))
"""


def run(admin: str, hosts: list[LazyWeb], workers: int, seconds: float, sample: int, interval: float,
        folder: Path) -> dict:
    name = f"recoupe_sim_{workers}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    url = admin.rsplit("/", 1)[0] + f"/{name}"
    config = folder / f"sim-{workers}.toml"
    config.write_text(config_text(url, hosts, sample, interval), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "recoupe.cli", "--config", str(config), "crawl"], cwd=ROOT, check=True,
                   capture_output=True)
    for h in hosts:
        h.arrivals.clear()
    with psycopg.connect(url) as conn:
        before = conn.execute("SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
                              "WHERE datname = current_database()").fetchone()
    started = time.monotonic()
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(config), str(seconds)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(workers)]
    for p in procs:
        try:
            p.wait(timeout=seconds + 120)
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
    elapsed = time.monotonic() - started
    with psycopg.connect(url) as conn:
        q = lambda sql: conn.execute(sql).fetchone()  # noqa: E731
        after = q("SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
                  "WHERE datname = current_database()")
        articles = q("SELECT count(*) FROM articles")[0]
        analysed = q("SELECT count(*) FROM article_scope")[0]
        claims = q("SELECT count(*) FROM claims")[0]
        clustered = q("SELECT count(*) FROM claims WHERE cluster_id IS NOT NULL")[0]
        latency = conn.execute(
            "SELECT j.task_name, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.at - d.at)), "
            "percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM s.at - d.at)), count(*) "
            "FROM procrastinate_jobs j JOIN procrastinate_events d ON d.job_id = j.id AND d.type = 'deferred' "
            "JOIN procrastinate_events s ON s.job_id = j.id AND s.type = 'started' "
            "WHERE j.scheduled_at IS NULL GROUP BY 1 ORDER BY 1").fetchall()
        durations = conn.execute(
            "SELECT j.task_name, avg(extract(epoch FROM e.at - s.at)), count(*) FROM procrastinate_jobs j "
            "JOIN procrastinate_events s ON s.job_id = j.id AND s.type = 'started' "
            "JOIN procrastinate_events e ON e.job_id = j.id AND e.type = 'succeeded' GROUP BY 1 ORDER BY 1").fetchall()
    arrivals = [t for h in hosts for t in h.arrivals]
    busiest = max(hosts, key=lambda h: len(h.arrivals))
    host_rate = 0.0
    if len(busiest.arrivals) > 1:
        times = sorted(busiest.arrivals)
        host_rate = max(sum(1 for t in times if s <= t < s + 10.0) for s in times) / 10.0
    return {
        "workers": workers, "seconds": round(elapsed, 1), "requests": len(arrivals),
        "articles_stored": articles, "articles_per_s": round(articles / elapsed, 2),
        "articles_analysed": analysed, "analysed_per_s": round(analysed / elapsed, 2),
        "claims": claims, "claims_clustered": clustered,
        "busiest_host_peak_req_per_s_10s": round(host_rate, 2), "per_host_limit_req_per_s": round(1 / interval, 2),
        "store_commits_per_s": round((after[0] - before[0]) / elapsed, 1),
        "store_rows_written_per_s": round((after[1] - before[1]) / elapsed, 1),
        "queue_latency_s": {t: {"p50": round(p50, 3), "p95": round(p95, 3), "n": n} for t, p50, p95, n in latency},
        "job_seconds": {t: {"mean": round(float(m), 3), "n": n} for t, m, n in durations},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long the workers run, per configuration")
    parser.add_argument("--sample", type=int, default=200, help="feeds of the web crawled (10 articles each)")
    parser.add_argument("--interval", type=float, default=0.5, help="per-host interval, seconds")
    parser.add_argument("--workers", default="1,2,4", help="worker process counts to run")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "scale_results.json")
    args = parser.parse_args(argv)
    hosts = [LazyWeb(h) for h in range(HOSTS)]
    for h in hosts:
        threading.Thread(target=h.serve_forever, daemon=True).start()
    url, folder = start_postgres()
    admin = url.rsplit("/", 1)[0] + "/postgres"
    results = []
    try:
        for n in [int(x) for x in args.workers.split(",")]:
            result = run(admin, hosts, n, args.seconds, args.sample, args.interval, folder)
            print(json.dumps(result), flush=True)
            results.append(result)
    finally:
        for h in hosts:
            h.shutdown()
            h.server_close()
        stop_postgres(folder)
    machine = {"cpus": os.cpu_count(), "web": {"feeds": FEEDS, "articles": ARTICLES, "hosts": HOSTS},
               "sample_feeds": args.sample, "per_host_interval": args.interval}
    args.output.write_text(json.dumps({"machine": machine, "runs": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
