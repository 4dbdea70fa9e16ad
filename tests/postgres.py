"""A throwaway PostgreSQL cluster for the tests and benchmarks: initdb in a temporary folder, 127.0.0.1 only.

Debian's server binaries refuse to run as root, so as root the cluster is made and run as
the `postgres` user (runuser); otherwise as the current user. It trades durability for
speed (fsync off): it holds test data only, and is removed when stopped.

    python -m tests.postgres start FOLDER   # prints the URL; .ci/run uses it
    python -m tests.postgres stop FOLDER
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(os.environ.get("RECOUPE_PG_BIN", "/usr/lib/postgresql/15/bin"))
USER, DATABASE = "recoupe", "recoupe"


class Unavailable(RuntimeError):
    """No PostgreSQL server can be started here (no binaries, or no user to run them as)."""


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root and there is no `postgres` user to run the server as") from None
    return ["runuser", "-u", "postgres", "--", *args]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(folder: str | Path | None = None) -> tuple[str, Path]:
    """Start a cluster in `folder` (a new temporary one by default); return its URL and folder."""
    if not (BIN / "initdb").exists():
        raise Unavailable(f"no PostgreSQL server binaries in {BIN} (apt-get install postgresql-15, "
                          "or set RECOUPE_TEST_DATABASE_URL to a server of yours)")
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="recoupe-pg-"))
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        os.chmod(folder, 0o700)
    port = free_port()
    run = lambda args: subprocess.run(_as_server_user(args), check=True, capture_output=True, text=True)  # noqa: E731
    try:
        run([str(BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--no-locale", "-E", "UTF8",
             "--no-sync"])
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 "
                   "-c shared_buffers=128MB")
        run([str(BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-o", options, "-w",
             "-t", "60", "start"])
    except subprocess.CalledProcessError as exc:
        raise Unavailable(f"could not start PostgreSQL: {exc.stderr or exc.stdout}") from None
    (folder / "port").write_text(str(port))
    admin = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    _wait(admin)
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {USER} LOGIN CREATEDB")
        conn.execute(f"CREATE DATABASE {DATABASE} OWNER {USER}")
    return f"postgresql://{USER}@127.0.0.1:{port}/{DATABASE}", folder


def stop(folder: str | Path) -> None:
    folder = Path(folder)
    if (folder / "data").exists():
        subprocess.run(_as_server_user([str(BIN / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w",
                                        "stop"]), capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


def _wait(url: str, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit("usage: python -m tests.postgres start|stop FOLDER")
    if sys.argv[1] == "start":
        url, _folder = start(sys.argv[2])
        print(url)
    else:
        stop(sys.argv[2])
