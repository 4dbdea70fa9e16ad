"""Web figures: p50 and p95 latency of the main pages and API under 16 clients, while a crawl writes.

Three processes, as in a deployment: the server (`web.create_app` on waitress, 8 threads,
as `recoupe serve`), the clients (16 threads with keep-alive, in the benchmark process) and
a writer doing what a crawl does to the same database (articles stored a few per
transaction, then the real claims pipeline over them), so none of them shares an
interpreter lock with the server. Everything listens on 127.0.0.1 only and stops by itself.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.crawl_bench import figure

ROOT = Path(__file__).resolve().parent.parent


def paths(db_path: Path, rng: random.Random) -> list[str]:
    """The main pages and API, with real ids: what readers and the feed poll."""
    from aggregator.store import connect
    db = connect(db_path, readonly=True)
    clusters = [r[0] for r in db.execute("SELECT id FROM clusters WHERE merged_into IS NULL")]
    articles = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY random() LIMIT 200")]
    db.close()
    out = ["/", "/claims", "/claims?verdict=confirmed", "/sources", "/timeline", "/feed.atom", "/api/clusters",
           "/api/articles", "/search?q=ran%C3%A7ongiciel", "/healthz"]
    out += [f"/claims/{rng.choice(clusters)}" for _ in range(6)]
    out += [f"/api/clusters/{rng.choice(clusters)}" for _ in range(3)]
    out += [f"/articles/{rng.choice(articles)}" for _ in range(3)]
    return out


def latency(db_path: Path, *, seconds: float, clients: int = 16, cache: bool = True,
            writer: bool = True, pipeline_every: float = 3.0) -> dict[str, dict]:
    """Serve the database from its own process and load it from this one while a writer process crawls into it."""
    import psutil

    server = _spawn("serve", str(db_path), "--lifetime", str(seconds + 120), *(() if cache else ("--no-cache",)))
    try:
        port = int(server.stdout.readline())
        _wait_ready(port)
        targets = paths(db_path, random.Random(3))
        warm = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for path in targets:  # first requests pay for imports and translations, not for the store
            warm.request("GET", path)
            warm.getresponse().read()
        warm.close()
        cpu_before = _cpu(psutil.Process(server.pid))
        writing = (_spawn("write", str(db_path), "--seconds", str(seconds), "--pipeline-every", str(pipeline_every))
                   if writer else None)
        timings = _load(port, targets, clients=clients, seconds=seconds)
        server_cpu = _cpu(psutil.Process(server.pid)) - cpu_before
        written = _finish_writer(writing)
    finally:
        server.terminate()
        server.wait(timeout=10)

    samples = sorted(t for per in timings for (_p, t, _s, _h) in per)
    errors = sum(1 for per in timings for (_p, _t, s, _h) in per if s != 200)
    hits = sum(1 for per in timings for (_p, _t, _s, h) in per if h == "hit")
    by_path: dict[str, list[float]] = {}
    for per in timings:
        for p, t, _s, _h in per:
            by_path.setdefault(p.split("?")[0].rstrip("0123456789"), []).append(t)
    p95 = {p: round(_pct(sorted(v), 0.95) * 1000, 1) for p, v in by_path.items()}
    p50 = {p: round(_pct(sorted(v), 0.50) * 1000, 1) for p, v in by_path.items()}
    n = len(samples)
    extra = dict(clients=clients, seconds=seconds, requests_per_s=round(n / seconds, 1), errors=errors,
                 cache=cache, cache_hits=hits, server_cpu_s=round(server_cpu, 2), writer=written,
                 p50_by_page_ms=p50)
    return {"web_p50_ms": figure(_pct(samples, 0.50) * 1000, "ms", n, **extra),
            "web_p95_ms": figure(_pct(samples, 0.95) * 1000, "ms", n, p95_by_page_ms=p95)}


def _spawn(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-m", "benchmarks.web_bench", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)


def _wait_ready(port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _load(port: int, targets: list[str], *, clients: int, seconds: float) -> list[list[tuple]]:
    """16 keep-alive clients picking pages at random for `seconds`: (path, seconds, status, cache header)."""
    stop = threading.Event()
    timings: list[list[tuple]] = [[] for _ in range(clients)]

    def client(k: int) -> None:
        local = random.Random(k)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set():
            path = local.choice(targets)
            t = time.perf_counter()
            hit = None
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status, hit = response.status, response.getheader("X-Recoupe-Cache")
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status = 0
            timings[k].append((path, time.perf_counter() - t, status, hit))
        conn.close()

    workers = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    for w in workers:
        w.start()
    time.sleep(seconds)
    stop.set()
    for w in workers:
        w.join(timeout=35)
    return timings


def _finish_writer(writing: subprocess.Popen | None) -> dict:
    """The writer stops by itself at its deadline, between two steps; a pipeline pass still running is cut short."""
    if writing is None:
        return {}
    try:
        writing.wait(timeout=5)
    except subprocess.TimeoutExpired:
        writing.terminate()  # mid-transaction: SQLite rolls it back; the store is a throwaway copy
        writing.wait(timeout=10)
    report: dict = {"articles": 0, "pipeline_started": 0, "pipeline_runs": 0, "claims_new": 0}
    for line in writing.stdout.read().splitlines():
        step = json.loads(line)
        report["articles"] += step.get("articles", 0)
        report["pipeline_started"] += "pipeline_started" in step
        report["pipeline_runs"] += "claims_new" in step
        report["claims_new"] += step.get("claims_new", 0)
    return report


def _cpu(process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def _pct(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def serve(db_path: Path, *, cache: bool, lifetime: float) -> None:
    """The server process: what `recoupe serve` runs (waitress, 8 threads), on a free port of 127.0.0.1."""
    import logging

    from waitress.server import create_server
    from web import create_app

    # Queue-depth warnings are the measurement itself; errors at shutdown are the clients hanging up.
    logging.getLogger("waitress").setLevel(logging.CRITICAL)
    app = create_app(test_config={"DATABASE": str(db_path), "SECRET_KEY": "bench-secret", "RESPONSE_CACHE": cache})
    server = create_server(app, host="127.0.0.1", port=0, threads=8, ident="recoupe-bench")
    print(server.effective_port, flush=True)
    threading.Timer(lifetime, os._exit, args=(0,)).start()  # never outlive a benchmark that died
    server.run()


def write(db_path: Path, *, seconds: float, pipeline_every: float) -> None:
    """The writer process: a crawl storing 3 articles per transaction 10 times a second, then the claims pipeline."""
    from benchmarks import store_builder
    db = store_builder.open_db(db_path)
    deadline = time.monotonic() + seconds
    start, phase_end = 200_000, time.monotonic() + pipeline_every
    while time.monotonic() < deadline:
        if time.monotonic() < phase_end:
            print(json.dumps({"articles": store_builder.insert_articles(db, start, 3, copy=7)}), flush=True)
            start += 3
            time.sleep(0.1)
            continue
        print(json.dumps({"pipeline_started": True}), flush=True)
        report = store_builder.run_claims(db)
        print(json.dumps({"claims_new": report.counts.get("claims_new", 0), "seconds": round(report.seconds, 2)}),
              flush=True)
        phase_end = time.monotonic() + pipeline_every
    db.close()


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description="The web benchmark's server and writer processes.")
    parser.add_argument("role", choices=("serve", "write"))
    parser.add_argument("database", type=Path)
    parser.add_argument("--no-cache", action="store_true", help="serve without the response cache")
    parser.add_argument("--lifetime", type=float, default=600.0, help="the server exits after this many seconds")
    parser.add_argument("--seconds", type=float, default=20.0, help="the writer stops after this many seconds")
    parser.add_argument("--pipeline-every", type=float, default=3.0, help="seconds of article writes between pipelines")
    args = parser.parse_args()
    if args.role == "serve":
        serve(args.database, cache=not args.no_cache, lifetime=args.lifetime)
    else:
        write(args.database, seconds=args.seconds, pipeline_every=args.pipeline_every)
