"""Distributed mode on a real PostgreSQL and its procrastinate queue: the same incident, the same export.

The sample corpus (sample/serve.py) is crawled by `recoupe crawl` on a SQLite file, the
embedded default, and by `recoupe crawl` on PostgreSQL, which only queues jobs, with
`recoupe worker` processes doing them: two at once, or one after another killed with
SIGKILL in each kind of step. The exports must be the same once ids, which each store
numbers its own way, are replaced by what they stand for; no row may be written twice.
Two workers fetching from one host together keep its request interval.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import tomllib
from pathlib import Path

import pytest

from aggregator.store import connect
from claims.views.export import export_json
from recoupe.config import config_from_dict
from sample.serve import SampleHandler, SampleServer

ROOT = Path(__file__).resolve().parents[2]


def write_config(config, path: Path, storage: str, *, stalled_after: float = 20.0,
                 per_host_interval: float | None = None, reverse: bool = False) -> Path:
    """A config.toml for subprocesses: the sample's sources on this test's server (`reverse`: listed last
    first, so polled and fetched in another order), and this store."""
    listed = list(reversed(config.sources)) if reverse else config.sources
    sources = "\n".join(f'[[source]]\nname = {json.dumps(s.name)}\nurl = {json.dumps(s.url)}\nkind = "{s.kind}"\n'
                        f"official = {'true' if s.official else 'false'}\n" for s in listed)
    incident = config.incident
    text = (f'[incident]\nid = {json.dumps(incident.id)}\ntitle = {json.dumps(incident.title)}\n'
            f'since = {incident.since.isoformat()}\ndescription = {json.dumps(incident.description)}\n'
            f'keywords = {json.dumps(list(incident.keywords))}\nlanguages = {json.dumps(list(incident.languages))}\n'
            f'profile = {json.dumps(incident.profile)}\n\n{sources}\n'
            f'[crawl]\nallow_private_addresses = true\nper_host_interval = {per_host_interval or config.crawl.per_host_interval}\n\n'
            f'[storage]\n{storage}\n\n[claims]\nmodel = {json.dumps(config.claims.model)}\n\n'
            f'[workers]\nheartbeat = 1.0\nstalled_after = {stalled_after}\nsweep_every = 1.0\nconcurrency = 4\n'
            f'settle_wait = 600\n')
    path.write_text(text, encoding="utf-8")
    return path


def recoupe(config_path: Path, *args: str, log: Path | None = None, **kwargs) -> subprocess.Popen:
    """Start a command; with `log`, its output goes to that file instead of a pipe.

    Workers log every job: a pipe nobody reads until the end fills up (64 KiB) and blocks the
    worker in the middle of a job, which looks like a hang of the queue itself.
    """
    if log is None:
        return subprocess.Popen([sys.executable, "-m", "recoupe.cli", "--config", str(config_path), *args],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen([sys.executable, "-m", "recoupe.cli", "--config", str(config_path), *args],
                                   cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, text=True, **kwargs)
    process.log = log
    return process


def workers_on(config_path: Path, folder: Path, n: int, *args: str) -> list[subprocess.Popen]:
    """`n` worker processes, each logging to a file of its own in `folder`."""
    return [recoupe(config_path, "worker", *args, log=folder / f"worker-{i}.log") for i in range(n)]


def run_ok(config_path: Path, *args: str) -> str:
    done = recoupe(config_path, *args)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    return out


def wait_until_idle(url: str, timeout: float = 240.0) -> None:
    """Until no job waits or runs and nothing is pending in the tables (a settle leaves no dirty cluster)."""
    db = connect(url)
    deadline = time.monotonic() + timeout
    quiet = 0
    try:
        while time.monotonic() < deadline:
            busy = db.execute("SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')").fetchone()[0]
            waiting = db.execute(
                "SELECT count(*) FROM articles a LEFT JOIN article_scope s ON s.article_id = a.id "
                "WHERE s.article_id IS NULL OR s.article_version != a.version").fetchone()[0]
            dirty = db.execute("SELECT count(*) FROM clusters WHERE dirty != 0").fetchone()[0]
            pending = db.execute("SELECT count(*) FROM entries WHERE state = 'pending'").fetchone()[0]
            state = (busy, waiting, dirty, pending)
            quiet = quiet + 1 if not any(state) else 0
            if quiet >= 3:
                return
            time.sleep(0.5)
        raise AssertionError(f"the workers did not finish the sample in time: jobs, articles, clusters, entries "
                             f"waiting: {state}")
    finally:
        db.close()


def comparable(export: dict) -> dict:
    """The export with every id replaced by what it stands for: source names, article URLs, claim identities."""
    source = {s["id"]: s["name"] for s in export["sources"]}
    article = {a["id"]: a["url"] for a in export["articles"]}
    claim = {c["id"]: (article[c["article_id"]], c["start"], c["end"], c["slot"], str(c["value"]), c["polarity"])
             for c in export["claims"]}
    cluster = {k["id"]: (k["slot"], str(k["value"]), k["polarity"], tuple(sorted(claim[i] for i in k["claim_ids"])))
               for k in export["clusters"]}

    def ids(key: str, value):
        if key == "sources":  # a cluster's count of independent sources, not an id
            return value
        table = (claim if "claim" in key else source if "source" in key else cluster if "cluster" in key
                 else article if "article" in key else None)
        if table is None or isinstance(value, bool):
            return value
        if isinstance(value, int):
            return table.get(value, value)
        if isinstance(value, list) and all(isinstance(v, int) for v in value):
            return sorted((table.get(v, v) for v in value), key=repr)
        return value

    def deep(value, key=""):
        if isinstance(value, dict):
            return {k: deep(v, k) for k, v in value.items()}
        if isinstance(value, list) and not all(isinstance(v, int) for v in value):
            return [deep(v, key) for v in value]
        return ids(key, value)

    out = {}
    for name, rows in export.items():
        if not isinstance(rows, list):
            out[name] = rows
            continue
        items = [deep({k: v for k, v in row.items() if k != "id"}) for row in rows]
        out[name] = sorted(items, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


class TimedHandler(SampleHandler):
    """The sample's handler, noting when each request arrives."""

    def do_GET(self):
        self.server.arrivals.append(time.monotonic())
        super().do_GET()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample corpus on one server for the module (URLs are part of what is compared), and its config."""
    server = SampleServer(("127.0.0.1", 0))
    server.RequestHandlerClass = TimedHandler
    server.arrivals = []
    server.handle_error = lambda request, address: None  # a worker killed mid-request resets its connection
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    root = tmp_path_factory.mktemp("sample")
    data = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    sources = tomllib.loads((ROOT / "sample" / "sources.toml").read_text(encoding="utf-8"))["source"]
    data["source"] = [{**s, "url": s["url"].replace("http://127.0.0.1:8765", server.base_url)} for s in sources]
    data.setdefault("claims", {})["model"] = str(ROOT / "models" / "multilingual-e5-small")
    yield server, config_from_dict(data, path=root / "config.toml")
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def embedded_export(sample, tmp_path_factory):
    """What `recoupe crawl` stores in the embedded default (SQLite), as comparable()."""
    _server, config = sample
    folder = tmp_path_factory.mktemp("embedded")
    path = write_config(config, folder / "embedded.toml", f'database = "{folder / "embedded.db"}"')
    done = recoupe(path, "crawl")
    _out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    db = connect(folder / "embedded.db", readonly=True)
    try:
        export = with_copies(db, export_json(db, config.incident))
    finally:
        db.close()
    assert len(export["articles"]) >= 18 and len(export["clusters"]) > 20
    return comparable(export)


@pytest.mark.slow
def test_the_sample_crawled_in_another_order_stores_the_same(sample, embedded_export, tmp_path):
    """Feeds listed last first: pages arrive in another order (wire copies too), the store is the same."""
    _server, config = sample
    path = write_config(config, tmp_path / "reversed.toml", f'database = "{tmp_path / "reversed.db"}"', reverse=True)
    run_ok(path, "crawl")
    db = connect(tmp_path / "reversed.db", readonly=True)
    try:
        assert_same(comparable(with_copies(db, export_json(db, config.incident))), embedded_export)
    finally:
        db.close()


def with_copies(db, export: dict) -> dict:
    """The export with every article's copies (main address, copy address, outlet): the same copies too."""
    export["copies"] = [{"article_url": r[0], "url": r[1], "source": r[2]} for r in db.execute(
        "SELECT a.url, o.url, s.name FROM article_outlets o JOIN articles a ON a.id = o.article_id "
        "JOIN sources s ON s.id = o.source_id")]
    return export


def distributed_export(url: str, config) -> dict:
    db = connect(url)
    try:
        return comparable(with_copies(db, export_json(db, config.incident)))
    finally:
        db.close()


def stop(workers: list[subprocess.Popen]) -> list[str]:
    """Stop workers (SIGTERM: they finish their jobs) and return what each logged."""
    for w in workers:
        w.terminate()
    for w in workers:
        w.wait(timeout=60)
    return [w.log.read_text(encoding="utf-8", errors="replace") for w in workers]


def assert_same(mine: dict, theirs: dict) -> None:
    """Exactly the same export, part by part first so a failure names the part.

    Which claim relays which (claims.grouping.relays) is decided by what was said and when,
    never by the order workers stored the claims in, so counts of independent sources match too.
    """
    for part in ("sources", "articles", "copies", "claims", "clusters"):
        if mine[part] != theirs[part]:
            only_mine = [row for row in mine[part] if row not in theirs[part]]
            only_theirs = [row for row in theirs[part] if row not in mine[part]]
            raise AssertionError(f"{part}: only distributed {only_mine[:5]}; only embedded {only_theirs[:5]}")
    assert mine == theirs


def assert_no_duplicate_rows(url: str) -> None:
    db = connect(url)
    try:
        for sql in ("SELECT count(*) - count(DISTINCT url) FROM articles",
                    "SELECT count(*) - count(DISTINCT key) FROM claims",
                    "SELECT count(*) - count(DISTINCT (source_id, url)) FROM entries",
                    "SELECT count(*) FROM run_errors"):
            assert db.execute(sql).fetchone()[0] == 0, sql
    finally:
        db.close()


@pytest.mark.slow
def test_distributed_crawl_stores_what_the_embedded_crawl_stores(sample, embedded_export, tmp_path, postgres_server):
    _server, config = sample
    url = postgres_server.fresh(migrated=False)
    distributed = write_config(config, tmp_path / "distributed.toml", f'url = "{url}"')
    queued = recoupe(distributed, "crawl")
    out, err = queued.communicate(timeout=120)
    assert queued.returncode == 0 and "queued for the workers" in out, err
    workers = workers_on(distributed, tmp_path, 2)
    try:
        wait_until_idle(url)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; workers said: {[e[-3000:] for e in stop(workers)]}") from None
    ends = stop(workers)
    assert [w.returncode for w in workers] == [0, 0], [e[-2000:] for e in ends]
    assert_same(distributed_export(url, config), embedded_export)
    assert_no_duplicate_rows(url)


def first_job(url: str, task: str, timeout: float = 120.0) -> None:
    """Wait until a job of `task` is being run."""
    db = connect(url)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if db.execute("SELECT 1 FROM procrastinate_jobs WHERE status = 'doing' AND task_name = ?",
                          [f"recoupe:{task}"]).fetchone():
                return
            time.sleep(0.02)
        raise AssertionError(f"no {task} job started in {timeout:.0f} s")
    finally:
        db.close()


@pytest.mark.slow
def test_workers_killed_mid_job_lose_nothing_and_write_nothing_twice(sample, embedded_export, tmp_path,
                                                                     postgres_server):
    _server, config = sample
    url = postgres_server.fresh(migrated=False)
    path = write_config(config, tmp_path / "distributed.toml", f'url = "{url}"', stalled_after=12.0)
    run_ok(path, "crawl")
    # Workers killed (SIGKILL: no clean-up at all) one after the other: in the middle of a page's
    # fetch and of an article's analysis, then right after an embedding's and a settle's commit.
    for task in ("fetch_page", "extract"):
        doomed = recoupe(path, "worker", log=tmp_path / f"doomed-{task}.log")
        try:
            first_job(url, task)
        finally:
            doomed.send_signal(signal.SIGKILL)
            doomed.communicate(timeout=30)
        assert doomed.returncode == -signal.SIGKILL
    for task in ("embed", "settle"):
        doomed = recoupe(path, "worker", env={**os.environ, "RECOUPE_TEST_DIE_AFTER": task, "PYTHONFAULTHANDLER": "1"})
        try:
            doomed.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            doomed.send_signal(signal.SIGABRT)
            raise AssertionError(f"the worker never ran {task}: {doomed.communicate(timeout=30)[1][-6000:]}") from None
        assert doomed.returncode == -signal.SIGKILL
    survivor = workers_on(path, tmp_path, 1)
    try:
        wait_until_idle(url)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the worker said: {stop(survivor)[0][-3000:]}") from None
    stop(survivor)
    assert_same(distributed_export(url, config), embedded_export)
    assert_no_duplicate_rows(url)


@pytest.mark.slow
def test_two_workers_on_one_host_keep_its_request_rate(sample, tmp_path, postgres_server):
    server, config = sample
    url = postgres_server.fresh(migrated=False)
    interval = 0.4
    path = write_config(config, tmp_path / "distributed.toml", f'url = "{url}"', per_host_interval=interval)
    run_ok(path, "crawl")
    server.arrivals.clear()
    workers = workers_on(path, tmp_path, 2, "--queues", "fetch", "--concurrency", "8")
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(server.arrivals) < 28:
            time.sleep(0.2)
    finally:
        said = stop(workers)
    times = sorted(server.arrivals)
    assert len(times) >= 28, said
    # Both workers fetched pages of the one host...
    assert all("fetch_page" in s for s in said), [s[-1500:] for s in said]
    # ... and together asked it no faster than one request per interval: in any 2-second window
    # at most 2 / interval + 1 requests (arrival times jitter; a rate per worker would double it).
    window = 2.0
    busiest = max(sum(1 for t in times if start <= t < start + window) for start in times)
    assert busiest <= window / interval + 1, (busiest, [round(b - a, 3) for a, b in zip(times, times[1:])])
    span = times[-1] - times[0]
    assert span >= (len(times) - 1) * interval * 0.9
