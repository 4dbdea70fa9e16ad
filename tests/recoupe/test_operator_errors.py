"""What a careless operator does gets one line that says the fix, exit 1 or 2, never a traceback."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aggregator.store import WriterLock, open_store
from claims.migrations import all_migrations

ROOT = Path(__file__).resolve().parents[2]


def config(tmp_path: Path, *, database: str = "recoupe.db", extra: str = "", incident: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[incident]
id = "t"
title = "Test"
since = 2025-09-01
{incident}

[[source]]
name = "Nowhere"
url = "http://127.0.0.1:9/feed.xml"

[crawl]
per_host_interval = 0.0
timeout = 2
[storage]
database = "{database}"
{extra}
""", encoding="utf-8")
    return path


def recoupe(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "recoupe.cli", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("recoupe:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def damaged(path: Path, kind: str) -> None:
    if kind == "random bytes":
        path.write_bytes(os.urandom(8192))
    elif kind == "text file":
        path.write_text("this is not a database\n" * 200)
    else:  # truncated: a real database cut in the middle of its pages
        db = open_store(path, all_migrations())
        db.conn.execute("PRAGMA journal_mode = DELETE")
        db.close()
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("kind", ["random bytes", "text file", "truncated"])
@pytest.mark.parametrize("command", [["crawl"], ["claims"], ["export", "--format", "json"], ["reprocess"]])
def test_a_damaged_database_is_one_line_with_the_fix(tmp_path, kind, command):
    damaged(tmp_path / "recoupe.db", kind)
    result = recoupe("--config", str(config(tmp_path)), *command)
    assert result.returncode == 1
    line = one_line_error(result)
    assert "recoupe.db" in line and ("backup" in line or "afresh" in line), line


def test_an_empty_database_file_is_a_new_database(tmp_path):
    (tmp_path / "recoupe.db").write_bytes(b"")
    result = recoupe("--config", str(config(tmp_path)), "crawl")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1  # the feed is unreachable: a run with errors, on a working database
    assert sqlite3.connect(tmp_path / "recoupe.db").execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 1


@pytest.mark.parametrize("database, words", [
    ("a-file/recoupe.db", "is a file, not a folder"),   # the database path runs under a regular file
    ("/proc/recoupe.db", "writer lock"),                # a folder no one may write, root included
    ("folder-db", "is a folder"),                       # the database path is a folder
])
def test_a_database_path_that_cannot_work_is_one_line(tmp_path, database, words):
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "folder-db").mkdir()
    result = recoupe("--config", str(config(tmp_path, database=database)), "crawl")
    assert result.returncode == 1
    assert words in one_line_error(result)


def test_an_unknown_profile_is_a_configuration_error(tmp_path):
    result = recoupe("--config", str(config(tmp_path, incident='profile = "earthquake"')), "crawl")
    assert result.returncode == 2
    line = one_line_error(result)
    assert "incident.profile" in line and "cyberattack" in line


@pytest.fixture
def fake_hub():
    """A local server standing in for the model hub; it records what it is asked."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            self.send_response(503)
            self.end_headers()

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", asked
    server.shutdown()
    server.server_close()


def test_an_unknown_model_fails_without_asking_the_hub(tmp_path, fake_hub):
    """No download, no retries (77 s of them before): the hub is never asked."""
    base, asked = fake_hub
    cfg = config(tmp_path, extra='[claims]\nmodel = "nobody/no-such-model"')
    env = {"HF_ENDPOINT": base, "HF_HUB_OFFLINE": "0", "HF_HUB_ETAG_TIMEOUT": "60"}
    result = recoupe("--config", str(cfg), "reprocess", env=env)
    assert result.returncode == 1
    assert "no-such-model" in result.stderr and "huggingface-cli download" in result.stderr
    assert "Traceback" not in result.stderr
    assert not [path for path in asked if "no-such-model" in path], asked


def test_schedule_has_a_floor_and_says_so(tmp_path):
    result = recoupe("--config", str(config(tmp_path)), "schedule", "--every", "1", "--max-runs", "1")
    assert "raised to 60 s" in result.stderr and "Traceback" not in result.stderr


def test_a_second_scheduler_logs_one_line_per_skipped_run(tmp_path):
    cfg = config(tmp_path)
    with WriterLock(tmp_path / "recoupe.db"):
        result = recoupe("--config", str(cfg), "schedule", "--every", "1s", "--floor", "1s", "--max-runs", "2")
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 2 and all("another recoupe process" in line for line in skipped), result.stderr


def test_csv_export_opens_in_a_spreadsheet_with_accents(tmp_path):
    cfg = config(tmp_path)
    db = open_store(tmp_path / "recoupe.db", all_migrations())
    with db.transaction():
        db.execute("INSERT INTO sources (name, url) VALUES ('Le Télégramme', 'http://t.example/f')")
        db.execute("INSERT INTO articles (url, source_id, title, text, text_hash, fingerprint, first_seen, updated_at) "
                   "VALUES ('http://t.example/a', 1, 'Île-de-France', 'Île-de-France touchée.', 'h', '0', 'x', 'x')")
        db.execute("INSERT INTO claims (key, article_id, slot, value, polarity, hedged, text, start, \"end\", "
                   "extractor_version, created_at) VALUES ('k', 1, 'region', 'Île-de-France', 'asserted', 0, "
                   "'=Île-de-France touchée.', 0, 22, 'v', 'x')")
    db.close()
    out = tmp_path / "claims.csv"
    result = recoupe("--config", str(cfg), "export", "--format", "csv", "--output", str(out))
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte order mark, so spreadsheets read UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0]["source"] == "Le Télégramme" and rows[0]["text"] == "'=Île-de-France touchée."
