"""Fixtures for the aggregator's tests: a real HTTP server on 127.0.0.1 with programmable faults."""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import mimetypes
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"

_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".xml": "application/xml", ".rss": "application/rss+xml",
    ".atom": "application/atom+xml", ".txt": "text/plain", ".json": "application/json",
}


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    path: str  # without the query
    query: str
    headers: dict[str, str]  # names lowercased
    at: float  # time.monotonic() on arrival: comparable with asyncio's loop.time()


@dataclass
class Reply:
    """What the server sends back for one request.

    `body` may be bytes, str (sent as UTF-8), a Path (read when served; relative paths are
    under tests/data/) or an iterable of byte chunks: a list, or itertools.repeat(...) for a
    body that never ends, which is sent without Content-Length until the client hangs up.
    """

    status: int = 200
    body: bytes | str | Path | Iterable[bytes] = b""
    headers: Mapping[str, str] | Sequence[tuple[str, str]] = ()
    content_type: str | None = None  # None: guessed from a Path's suffix, else text/html; "": none sent
    delay: float = 0.0  # seconds before the status line
    chunk_delay: float = 0.0  # seconds between the chunks of an iterable body
    gzip: bool = False  # compress the body and send Content-Encoding: gzip
    etag: str | None = None  # sent; a matching If-None-Match gets 304
    last_modified: str | None = None  # sent; an If-Modified-Since not older gets 304
    content_length: bool = True  # False: none sent; the body ends when the connection closes


Spec = Reply | Mapping | Callable[[Seen], "Reply | Mapping"]


class TestServer(ThreadingHTTPServer):
    """A threaded HTTP server whose answers each test programs; unrouted paths serve tests/data/."""

    __test__ = False  # not a test class, whatever pytest thinks of the name
    daemon_threads = True
    Reply = Reply  # so tests can build replies as http_server.Reply(...) without importing conftest

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.port = self.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._routes: dict[str, list[Spec]] = {}
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self.stopping = threading.Event()

    # -- programming it -------------------------------------------------------------------

    def url(self, path: str = "/") -> str:
        """The absolute URL of `path` on this server."""
        return self.base + (path if path.startswith("/") else "/" + path)

    def route(self, path: str, spec: Spec | Sequence[Spec] | None = None, **fields) -> None:
        """Answer `path` (a query, if given, must match too) with a Reply.

        route("/a", status=429, headers={"Retry-After": "5"})   one reply, every time
        route("/a", [dict(status=503), dict(body="ok")])        in turn; the last one repeats
        route("/a", lambda seen: dict(body=seen.query))         computed per request
        """
        if spec is None:
            spec = Reply(**fields)
        elif fields:
            raise TypeError("give either a spec or reply fields, not both")
        specs = list(spec) if isinstance(spec, (list, tuple)) else [spec]
        for one in specs:
            if isinstance(one, Mapping):
                Reply(**one)  # a misspelt field fails here, in the test, not in the server thread
        with self._lock:
            self._routes[path] = specs
            self._served[path] = 0

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        """Answer `path` with a redirect to `to` (a path on this server or any URL)."""
        self.route(path, status=status, headers={"Location": to})

    def robots(self, text: str) -> None:
        """Serve `text` as /robots.txt."""
        self.route("/robots.txt", body=text, content_type="text/plain")

    # -- what happened -----------------------------------------------------------------------

    def hits(self, path: str) -> int:
        """How many requests asked for `path` (query ignored)."""
        return sum(1 for seen in list(self.requests) if seen.path == path)

    def seen(self, path: str) -> list[Seen]:
        """The requests for `path`, oldest first."""
        return [seen for seen in list(self.requests) if seen.path == path]

    # -- serving ----------------------------------------------------------------------------

    def _reply_for(self, seen: Seen) -> Reply:
        with self._lock:
            key = f"{seen.path}?{seen.query}" if f"{seen.path}?{seen.query}" in self._routes else seen.path
            specs = self._routes.get(key)
            if specs is not None:
                spec = specs[min(self._served[key], len(specs) - 1)]
                self._served[key] += 1
        if specs is None:
            return self._static(seen.path)
        if callable(spec) and not isinstance(spec, Reply):
            spec = spec(seen)
        return spec if isinstance(spec, Reply) else Reply(**spec)

    def _static(self, path: str) -> Reply:
        """A file under tests/data/, with an ETag and Last-Modified as a real server gives."""
        target = (DATA / path.lstrip("/")).resolve()
        if DATA not in target.parents or not target.is_file():
            return Reply(status=404, body="not found", content_type="text/plain")
        body = self._substitute(target.read_bytes())
        return Reply(
            body=body,
            content_type=_guess_type(target),
            etag='"' + hashlib.sha1(body).hexdigest()[:16] + '"',
            last_modified=email.utils.formatdate(target.stat().st_mtime, usegmt=True),
        )

    def _substitute(self, body: bytes) -> bytes:
        # Data files write links to this server as {{base}}: its port changes every test.
        return body.replace(b"{{base}}", self.base.encode())


class _Handler(BaseHTTPRequestHandler):
    server: TestServer
    timeout = 10

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass  # keep test output clean; the requests are recorded in server.requests

    def _answer(self, *, send_body: bool) -> None:
        server = self.server
        parts = urlsplit(self.path)
        seen = Seen(self.command, parts.path, parts.query, {k.lower(): v for k, v in self.headers.items()},
                    time.monotonic())
        with server._lock:
            server.requests.append(seen)
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            reply = server._reply_for(seen)
            if reply.delay and server.stopping.wait(reply.delay):
                return
        finally:
            # "In flight" ends before the answer is written, so a client that starts its next
            # request once this one is answered can never be counted twice.
            with server._lock:
                server.in_flight -= 1
        try:
            self._send(reply, seen, send_body=send_body)
        except (ConnectionError, TimeoutError):
            pass  # the client hung up: what size caps and timeouts are meant to do

    def _send(self, reply: Reply, seen: Seen, *, send_body: bool) -> None:
        body = reply.body
        if isinstance(body, Path):
            path = body if body.is_absolute() else DATA / body
            body = self.server._substitute(path.read_bytes())
        elif isinstance(body, str):
            body = body.encode("utf-8")
        chunks = None if isinstance(body, bytes) else iter(body)
        if reply.gzip and chunks is None:
            body = gzip.compress(body)
        status = reply.status
        if status == 200 and _not_modified(reply, seen.headers):
            status, body, chunks = 304, b"", None
        self.send_response(status)
        pairs = list(reply.headers.items()) if isinstance(reply.headers, Mapping) else list(reply.headers)
        names = {name.lower() for name, _ in pairs}
        content_type = reply.content_type
        if content_type is None:
            content_type = _guess_type(reply.body) if isinstance(reply.body, Path) else "text/html"
        if content_type and "content-type" not in names and status != 304:
            self.send_header("Content-Type", content_type)
        if reply.gzip and "content-encoding" not in names:
            self.send_header("Content-Encoding", "gzip")
        for name, value in (("ETag", reply.etag), ("Last-Modified", reply.last_modified)):
            if value and name.lower() not in names:
                self.send_header(name, value)
        for name, value in pairs:
            self.send_header(name, value)
        if chunks is None and reply.content_length and status != 304 and "content-length" not in names:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not send_body or status == 304:
            return
        if chunks is None:
            self.wfile.write(body)
            return
        for chunk in chunks:
            self.wfile.write(chunk)
            if reply.chunk_delay and self.server.stopping.wait(reply.chunk_delay):
                return
            if self.server.stopping.is_set():
                return


def _not_modified(reply: Reply, headers: Mapping[str, str]) -> bool:
    """RFC 9110 section 13.2.2: If-None-Match decides when present, else If-Modified-Since."""
    if reply.etag and "if-none-match" in headers:
        wanted = [tag.strip().removeprefix("W/") for tag in headers["if-none-match"].split(",")]
        return "*" in wanted or reply.etag.removeprefix("W/") in wanted
    if reply.last_modified and "if-modified-since" in headers:
        try:
            since = email.utils.parsedate_to_datetime(headers["if-modified-since"])
            modified = email.utils.parsedate_to_datetime(reply.last_modified)
        except (TypeError, ValueError):
            return False
        return modified <= since
    return False


def _guess_type(path: Path) -> str:
    return _TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


@pytest.fixture
def http_server() -> Iterable[TestServer]:
    """A fresh server per test on 127.0.0.1 and a free port; unrouted paths serve tests/data/."""
    server = TestServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()  # wake handlers sleeping in a delay
        server.shutdown()
        server.server_close()
        thread.join(timeout=2)

