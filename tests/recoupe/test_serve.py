"""`recoupe serve`: one process or several on one port, stopped cleanly, and a taken port told in words."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from aggregator.store import open_store
from web.db import all_migrations

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def config_with_store(tmp_path: Path) -> Path:
    """The shipped config.toml with a migrated, empty store in tmp_path."""
    database = tmp_path / "recoupe.db"
    open_store(database, all_migrations()).close()
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    text = text.replace('# database = "recoupe.db"', f'database = "{database}"')
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def serve(config: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "recoupe.cli", "--config", str(config), "serve", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def wait_until_up(base: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1][-2000:]
        try:
            if httpx.get(base + "/", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError("the server never answered")


def test_two_processes_share_the_port_and_stop_together(tmp_path):
    config, port = config_with_store(tmp_path), free_port()
    server = serve(config, "--port", str(port), "--processes", "2")
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base, server)
        deadline = time.monotonic() + 60
        while len(children_of(server.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = children_of(server.pid)
        assert len(workers) >= 2
        with httpx.Client() as client:  # new connections: the kernel spreads them over both processes
            pages = [client.get(base + path, headers={"Connection": "close"}) for path in ("/", "/claims", "/sources",
                                                                                           "/api/clusters") * 5]
        assert all(p.status_code == 200 for p in pages)
        server.send_signal(signal.SIGTERM)
        _out, err = server.communicate(timeout=30)
        assert server.returncode == 0, err[-2000:]
        for pid in workers:  # no server process outlives the service
            deadline = time.monotonic() + 10
            while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not os.path.exists(f"/proc/{pid}") or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()


def test_a_port_in_use_is_told_in_words(tmp_path):
    config = config_with_store(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for processes in ("1", "2"):
            done = subprocess.run([sys.executable, "-m", "recoupe.cli", "--config", str(config), "serve", "--port",
                                   str(port), "--processes", processes], cwd=ROOT, capture_output=True, text=True,
                                  timeout=60)
            assert done.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in done.stderr, done.stderr[-2000:]
    done = subprocess.run([sys.executable, "-m", "recoupe.cli", "--config", str(config), "serve", "--processes", "0"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--processes" in done.stderr
