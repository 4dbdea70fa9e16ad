"""Crawl figures: pages per second through `crawl` against trafilatura alone, the server's own rate, peak memory."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import trafilatura

from benchmarks import server as corpus_server
from benchmarks.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent


def figure(value: float, unit: str, n: int, **extra: object) -> dict:
    return {"value": round(value, 4 if value < 10 else 2), "unit": unit, "n": n, **extra}


def _extract(html: str, url: str) -> int:
    """trafilatura alone, with the options aggregator.extract uses."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, deduplicate=False)
    return len(doc.text or "") if doc is not None else 0


def raw_extraction(corpus: Corpus, pages: list[str]) -> dict:
    """trafilatura.bare_extraction over the decoded pages in this process (one core)."""
    texts = [(corpus.documents[p].body.decode("utf-8"), "http://127.0.0.1" + p) for p in pages]
    _extract(*texts[0])  # trafilatura imports parts of itself on first use
    started = time.perf_counter()
    for html, url in texts:
        _extract(html, url)
    seconds = time.perf_counter() - started
    return figure(len(texts) / seconds, "pages/s", len(texts), seconds=round(seconds, 3), processes=1)


def raw_extraction_parallel(corpus: Corpus, pages: list[str], workers: int) -> dict:
    """The same on `workers` spawned processes, pool start-up excluded: the ceiling for `crawl`."""
    texts = [(corpus.documents[p].body.decode("utf-8"), "http://127.0.0.1" + p) for p in pages]
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        list(pool.map(_extract, *zip(*texts[:workers * 2])))
        started = time.perf_counter()
        list(pool.map(_extract, *zip(*texts), chunksize=4))
        seconds = time.perf_counter() - started
    return figure(len(texts) / seconds, "pages/s", len(texts), seconds=round(seconds, 3), processes=workers)


def small_crawl_figure(result: dict, raw: dict, pages: int) -> dict:
    """`crawl_small_ratio`: a small crawl's pages per second over raw extraction's on the same pages."""
    seconds = result["runs"][0]["seconds"]
    rate = pages / seconds
    return figure(rate / raw["value"], "ratio", pages, crawl_pages_per_s=round(rate, 2), raw_pages_per_s=raw["value"],
                  seconds=round(seconds, 3), workers_cpu_s=round(result["workers_cpu_s"], 2), target=">= 0.8",
                  note=f"{pages}-page crawl {rate:.1f} pages/s against raw {raw['value']:.1f}")


def parse_crawl_figure(result: dict, pages: int) -> dict:
    """`crawl_parse_ratio`: what a whole `recoupe crawl` (the crawl, then the claims stage) takes
    with the dependency parse over what it takes with cues, same crawled store, same run.

    The issue that brought the parse allows it to slow the whole crawl by a third at most (1.33).
    """
    crawl_s = result["runs"][0]["seconds"]
    cues_s, parse_s = result["claims"]["seconds"], result["claims"]["parse_seconds"]
    return figure((crawl_s + parse_s) / (crawl_s + cues_s), "ratio", pages, crawl_s=round(crawl_s, 2),
                  claims_cues_s=round(cues_s, 2), claims_parse_s=round(parse_s, 2), target="<= 1.33",
                  note=f"crawl {crawl_s:.1f} s + claims stage: cues {cues_s:.1f} s, parse {parse_s:.1f} s")


def server_rate(server: corpus_server.CorpusServer, pages: list[str], clients: int = 8) -> dict:
    """Pages per second the corpus server delivers to plain keep-alive clients (gzip, as the crawler asks)."""
    host, port = server.server_address[:2]
    shares = [pages[k::clients] for k in range(clients)]

    def fetch(share: list[str]) -> None:
        conn = http.client.HTTPConnection(host, port)
        for path in share:
            conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
            conn.getresponse().read()
        conn.close()

    for path in pages:  # compress once, as the crawl's first pass does; measure the steady state
        server.gzipped(path, server.documents[path])
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(fetch, shares))
    seconds = time.perf_counter() - started
    return figure(len(pages) / seconds, "pages/s", len(pages), seconds=round(seconds, 3), clients=clients)


def crawl(corpus: Corpus, *, runs: int = 2, settings: dict | None = None, claims: bool = False,
          parse: bool = False) -> dict:
    """Crawl the corpus from nothing in a child process (then re-check it); time it and sample its memory.

    The crawler and its extraction workers run in the child; this process only serves the
    pages, so the crawl does not share an interpreter lock with the server. Peak RSS is the
    sum over the child and its workers, sampled every 50 ms. With `claims`, the child then
    runs the claims stage as `recoupe crawl` does, and the peak covers it too; with `parse`
    also, it then runs that stage again on a copy of the crawled store with the dependency
    parse (`[claims] structure = "combined"`), which the peak also covers.
    """
    import psutil

    server = corpus_server.start(corpus)
    cpu0 = time.process_time()
    try:
        with tempfile.TemporaryDirectory(prefix="recoupe-bench-") as tmp:
            spec = {"database": str(Path(tmp) / "crawl.db"), "runs": runs, "settings": settings or {}, "claims": claims,
                    "parse": parse,
                    "sources": [{"name": s.name, "url": s.url, "official": s.official}
                                for s in corpus.sources(server.base_url)]}
            child = subprocess.Popen([sys.executable, "-m", "benchmarks.crawl_child"], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)})
            peak = _Peak(child.pid)
            out, _ = child.communicate(json.dumps(spec))
            peak.stop()
            if child.returncode:
                raise RuntimeError(f"crawl child failed with exit code {child.returncode}")
    finally:
        server.shutdown()
        server.server_close()
    result = json.loads(out)
    result["peak_rss_mb"] = peak.mb
    result["workers_cpu_s"] = max(result["workers_cpu_s"], sum(peak.cpu.values()))
    result["server_cpu_s"] = time.process_time() - cpu0
    result["server_requests"] = server.requests
    return result


class _Peak:
    """Sample the summed RSS of a process and its descendants from a thread until stopped."""

    def __init__(self, pid: int) -> None:
        import psutil
        self._root = psutil.Process(pid)
        self.mb = 0.0
        # CPU seconds of each descendant, last sampled: the extraction workers are the fork
        # server's children, which getrusage(RUSAGE_CHILDREN) in the crawl never sees.
        self.cpu: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil
        procs: list = []
        for tick in range(10**9):
            if self._done.is_set():
                return
            if tick % 10 == 0:  # listing descendants scans /proc: do it twice a second, not every sample
                try:
                    procs = [self._root, *self._root.children(recursive=True)]
                except psutil.Error:
                    return
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                    if p is not self._root:
                        times = p.cpu_times()
                        self.cpu[p.pid] = times.user + times.system
                except psutil.Error:
                    pass
            self.mb = max(self.mb, total / 2**20)
            self._done.wait(0.05)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()
