"""Web figures: p50 and p95 latency of the main pages and API under 16 clients, while a writer adds articles."""

from __future__ import annotations

import http.client
import random
import threading
import time
from pathlib import Path

from benchmarks import store_builder
from benchmarks.crawl_bench import figure


def paths(db_path: Path, rng: random.Random) -> list[str]:
    """The main pages and API, with real ids: what readers and the feed poll."""
    from aggregator.store import connect
    db = connect(db_path, readonly=True)
    clusters = [r[0] for r in db.execute("SELECT id FROM clusters WHERE merged_into IS NULL")]
    articles = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY random() LIMIT 200")]
    db.conn.close()
    out = ["/", "/claims", "/claims?verdict=confirmed", "/sources", "/timeline", "/feed.atom", "/api/clusters",
           "/api/articles", "/search?q=ran%C3%A7ongiciel", "/healthz"]
    out += [f"/claims/{rng.choice(clusters)}" for _ in range(6)]
    out += [f"/api/clusters/{rng.choice(clusters)}" for _ in range(3)]
    out += [f"/articles/{rng.choice(articles)}" for _ in range(3)]
    return out


def latency(db_path: Path, *, seconds: float, clients: int = 16, threads: int = 8) -> dict[str, dict]:
    """Serve the database with waitress as `recoupe serve` does and hammer it; a writer thread inserts meanwhile."""
    import logging

    from waitress.server import create_server
    from web import create_app

    # Queue-depth warnings are the measurement itself; errors at shutdown are the clients hanging up.
    logging.getLogger("waitress").setLevel(logging.CRITICAL)

    app = create_app(test_config={"DATABASE": str(db_path), "SECRET_KEY": "bench-secret"})
    server = create_server(app, host="127.0.0.1", port=0, threads=threads, ident="recoupe-bench")
    port = server.effective_port
    runner = threading.Thread(target=server.run, daemon=True)
    runner.start()
    rng = random.Random(3)
    targets = paths(db_path, rng)
    stop = threading.Event()
    timings: list[list[tuple[str, float, int]]] = [[] for _ in range(clients)]
    written = [0]

    def client(k: int) -> None:
        local = random.Random(k)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set():
            path = local.choice(targets)
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                status = 0
            timings[k].append((path, time.perf_counter() - t, status))
        conn.close()

    def writer() -> None:
        """A crawl's writes: a few articles per short transaction, a few times a second."""
        db = store_builder.open_db(db_path)
        start = 200_000
        while not stop.is_set():
            written[0] += store_builder.insert_articles(db, start, 3, copy=7)
            start += 3
            stop.wait(0.1)
        db.conn.close()

    workers = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    writing = threading.Thread(target=writer, daemon=True)
    writing.start()
    for w in workers:
        w.start()
    time.sleep(seconds)
    stop.set()
    for w in workers:
        w.join(timeout=35)
    writing.join(timeout=10)
    server.close()
    samples = sorted(t for per in timings for (_p, t, _s) in per)
    errors = sum(1 for per in timings for (_p, _t, s) in per if s != 200)
    by_path: dict[str, list[float]] = {}
    for per in timings:
        for p, t, _s in per:
            by_path.setdefault(p.split("?")[0].rstrip("0123456789"), []).append(t)
    slowest = {p: round(_pct(sorted(v), 0.95) * 1000, 1) for p, v in by_path.items()}
    n = len(samples)
    extra = dict(clients=clients, seconds=seconds, requests_per_s=round(n / seconds, 1), errors=errors,
                 articles_written=written[0])
    return {"web_p50_ms": figure(_pct(samples, 0.50) * 1000, "ms", n, **extra),
            "web_p95_ms": figure(_pct(samples, 0.95) * 1000, "ms", n, p95_by_page_ms=slowest)}


def _pct(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]
