"""The extraction pool: work runs in this process until the workers are warm, then in them; they die with the crawl."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from aggregator.extract import Extracted, safe_extract
from aggregator.pool import ExtractionPool

ROOT = Path(__file__).resolve().parents[2]
PAGE = "<html><body><article>" + "".join(
    f"<p>Paragraphe {i} : les pirates ont dérobé les données de {i * 1000} patients, selon l'ARS.</p>"
    for i in range(1, 13)) + "</article></body></html>"


def test_work_runs_in_this_process_until_the_workers_are_warm_then_in_them():
    pool = ExtractionPool(2)
    try:
        assert pool.submit(os.getpid).result() == os.getpid(), "no pool started: extracted in-process"
        pool.start()
        deadline = time.monotonic() + 60
        while not pool.parallel:
            assert time.monotonic() < deadline, "the workers never became ready"
            time.sleep(0.05)
        assert pool.submit(os.getpid).result(timeout=30) != os.getpid()
        page = pool.submit(safe_extract, PAGE, "http://example.org/a").result(timeout=30)
        assert isinstance(page, Extracted) and "pirates" in page.text
    finally:
        pool.shutdown()


def test_a_single_worker_never_starts_a_pool():
    pool = ExtractionPool(1)
    pool.start()
    assert not pool.parallel and pool.submit(os.getpid).result() == os.getpid()
    pool.shutdown()


def test_workers_die_with_a_crawl_killed_by_sigkill():
    owner = ("import time\nfrom aggregator.pool import ExtractionPool\np = ExtractionPool(2)\np.start()\n"
             "while not p.parallel: time.sleep(0.05)\nprint('ready', flush=True)\ntime.sleep(120)\n")
    child = subprocess.Popen([sys.executable, "-c", owner], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout.readline().strip() == b"ready"
        helpers = psutil.Process(child.pid).children(recursive=True)
        assert len(helpers) >= 3, "a fork server and two workers"
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)  # nothing left holds the crawl's output pipes
        gone, alive = psutil.wait_procs(helpers, timeout=15)
        assert not alive, f"orphaned processes: {[' '.join(p.cmdline())[:80] for p in alive]}"
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
