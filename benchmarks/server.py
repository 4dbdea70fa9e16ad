"""Serve a generated corpus from memory on 127.0.0.1, with validators, 304s and gzip, from a daemon thread."""

from __future__ import annotations

import gzip
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from benchmarks.corpus import Corpus, Document


class CorpusServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer over an in-memory {path: Document}; counts what it serves."""

    daemon_threads = True
    request_queue_size = 256

    def __init__(self, corpus: Corpus, *, compress: bool = True) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        host, port = self.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        self.documents = corpus.bound(self.base_url)
        self.compress = compress
        self._gzipped: dict[str, bytes] = {}
        self.requests = 0
        self.bytes_sent = 0
        self._count = threading.Lock()

    def gzipped(self, path: str, doc: Document) -> bytes:
        """The document gzipped once (level 1, as a busy front end would) and cached."""
        body = self._gzipped.get(path)
        if body is None:
            body = self._gzipped[path] = gzip.compress(doc.body, compresslevel=1, mtime=0)
        return body

    def count(self, size: int) -> None:
        with self._count:
            self.requests += 1
            self.bytes_sent += size


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "RecoupeBench/1.0"
    # Headers and body go out in one write with Nagle off: otherwise each response waits
    # out the client's delayed ACK (40 ms on Linux) and the server, not the crawler, sets the pace.
    disable_nagle_algorithm = True
    server: CorpusServer

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = self.path.split("?", 1)[0]
        doc = self.server.documents.get(path)
        if doc is None:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain", {})
            return
        headers = {"ETag": doc.etag, "Last-Modified": "Fri, 12 Sep 2025 06:00:00 GMT", "Cache-Control": "no-cache"}
        if self.headers.get("If-None-Match") == doc.etag:
            self._send(HTTPStatus.NOT_MODIFIED, b"", None, headers)
            return
        body = doc.body
        if self.server.compress and len(body) > 1024 and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = self.server.gzipped(path, doc)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        self._send(HTTPStatus.OK, body, doc.content_type, headers)

    def _send(self, status: HTTPStatus, body: bytes, ctype: str | None, headers: dict[str, str]) -> None:
        self.send_response_only(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self._headers_buffer.append(b"\r\n")
        self._headers_buffer.append(body)
        self.wfile.write(b"".join(self._headers_buffer))
        self._headers_buffer = []
        self.server.count(len(body))

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        pass


def start(corpus: Corpus, *, compress: bool = True) -> CorpusServer:
    """Serve `corpus` on 127.0.0.1 at a free port from a daemon thread; call .shutdown() to stop."""
    server = CorpusServer(corpus, compress=compress)
    threading.Thread(target=server.serve_forever, name="bench-corpus-server", daemon=True).start()
    return server
