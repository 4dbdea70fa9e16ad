"""Distributed mode on a real PostgreSQL and its procrastinate queue: the same incident, the same export.

The sample corpus (sample/serve.py) is crawled twice: by `recoupe crawl` on a SQLite file,
the embedded default, and by `recoupe crawl` on PostgreSQL, which only queues jobs, with
two `recoupe worker` processes doing them. The exports must be the same once ids, which
each store numbers its own way, are replaced by what they stand for.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aggregator.store import connect
from claims.views.export import export_json
from tests.web.conftest import sample_config

ROOT = Path(__file__).resolve().parents[2]


def write_config(config, path: Path, storage: str, *, stalled_after: float = 20.0) -> Path:
    """A config.toml for subprocesses: the sample's sources on this test's server, and this store."""
    sources = "\n".join(f'[[source]]\nname = {json.dumps(s.name)}\nurl = {json.dumps(s.url)}\nkind = "{s.kind}"\n'
                        f"official = {'true' if s.official else 'false'}\n" for s in config.sources)
    incident = config.incident
    text = (f'[incident]\nid = {json.dumps(incident.id)}\ntitle = {json.dumps(incident.title)}\n'
            f'since = {incident.since.isoformat()}\ndescription = {json.dumps(incident.description)}\n'
            f'keywords = {json.dumps(list(incident.keywords))}\nlanguages = {json.dumps(list(incident.languages))}\n'
            f'profile = {json.dumps(incident.profile)}\n\n{sources}\n'
            f'[crawl]\nallow_private_addresses = true\nper_host_interval = {config.crawl.per_host_interval}\n\n'
            f'[storage]\n{storage}\n\n[claims]\nmodel = {json.dumps(config.claims.model)}\n\n'
            f'[workers]\nheartbeat = 1.0\nstalled_after = {stalled_after}\nsweep_every = 1.0\nconcurrency = 4\n')
    path.write_text(text, encoding="utf-8")
    return path


def recoupe(config_path: Path, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "recoupe.cli", "--config", str(config_path), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


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


@pytest.mark.slow
def test_distributed_crawl_stores_what_the_embedded_crawl_stores(tmp_path, postgres_server):
    server, _base, config = sample_config(tmp_path)
    try:
        embedded = write_config(config, tmp_path / "embedded.toml", f'database = "{tmp_path / "embedded.db"}"')
        done = recoupe(embedded, "crawl")
        out, err = done.communicate(timeout=300)
        assert done.returncode == 0, err

        url = postgres_server.fresh(migrated=False)
        distributed = write_config(config, tmp_path / "distributed.toml", f'url = "{url}"')
        queued = recoupe(distributed, "crawl")
        out, err = queued.communicate(timeout=120)
        assert queued.returncode == 0 and "queued for the workers" in out, err
        workers = [recoupe(distributed, "worker") for _ in range(2)]
        try:
            wait_until_idle(url)
        except AssertionError as exc:
            for w in workers:
                w.terminate()
            raise AssertionError(f"{exc}; workers said: {[w.communicate(timeout=60)[1][-3000:] for w in workers]}")
        for w in workers:
            w.terminate()
        ends = [w.communicate(timeout=60) for w in workers]
        assert [w.returncode for w in workers] == [0, 0], [e[1][-2000:] for e in ends]
    finally:
        server.shutdown()
        server.server_close()

    sqlite_db, pg_db = connect(tmp_path / "embedded.db", readonly=True), connect(url)
    try:
        expected, got = export_json(sqlite_db, config.incident), export_json(pg_db, config.incident)
    finally:
        sqlite_db.close()
        pg_db.close()
    assert len(expected["articles"]) >= 18 and len(expected["clusters"]) > 20
    mine, theirs = comparable(got), comparable(expected)
    for part in ("sources", "articles", "claims", "clusters"):
        assert mine[part] == theirs[part], part
    assert mine == theirs
