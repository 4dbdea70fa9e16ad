"""`recoupe serve`: the web front end on waitress, in one process or several sharing one port.

One waitress process renders pages on one core; on a machine with more, readers gain from
several processes (docs/benchmarks.md: p95 52 -> 35 ms with two on two cores while a crawl
writes). Nothing that must be shared lives in a process: the page caches are keyed on
versions kept in the store, sessions and the login throttle are in the store, and the
background add-a-page worker only takes jobs under the store's writer lock. So the
processes need no coordination: each binds the same port with SO_REUSEPORT and the kernel
spreads connections among them. The parent only watches: if one child dies, it stops the
others and exits 1, so a supervisor (systemd, docker) restarts the whole service cleanly.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
from multiprocessing.connection import wait

THREADS = 8


def listening_socket(host: str, port: int, *, shared: bool) -> socket.socket:
    """A socket bound to host:port; `shared`, several processes bind the same port (SO_REUSEPORT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def serve_one(config, host: str, port: int, *, shared: bool = False) -> None:
    """One server process: the app and waitress on its own socket, until interrupted."""
    from waitress.server import create_server

    from web import create_app

    app = create_app(config)
    sock = listening_socket(host, port, shared=shared)
    create_server(app, sockets=[sock], threads=THREADS, ident="recoupe").run()


def _child(config, host: str, port: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop: Ctrl-C reaches it
    serve_one(config, host, port, shared=True)


def serve_many(config, host: str, port: int, processes: int) -> int:
    """`processes` servers on one port; returns 0 when stopped (Ctrl-C, SIGTERM), 1 when a child died.

    The caller checks first that the port can be had (recoupe.commands.serve): otherwise every
    child would die the same way."""
    context = multiprocessing.get_context("spawn")  # a clean interpreter each: no thread or connection inherited
    children = [context.Process(target=_child, args=(config, host, port), name=f"recoupe-serve-{i}", daemon=True)
                for i in range(processes)]
    for child in children:
        child.start()
    stopping = False

    def stop(*_args) -> None:
        nonlocal stopping
        stopping = True
        for child in children:
            if child.is_alive():
                child.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        wait([c.sentinel for c in children])  # the first child to end ends the service
    except KeyboardInterrupt:
        pass
    finally:
        died = [c.name for c in children if c.exitcode is not None] if not stopping else []
        stop()
        for child in children:
            child.join(timeout=10)
        signal.signal(signal.SIGTERM, previous)
    if died and not stopping:
        print(f"recoupe: server process {died[0]} stopped; stopping the others", file=sys.stderr)
        return 1
    return 0
