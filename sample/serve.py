"""Serve the bundled sample news corpus (sample/site/) over HTTP on the loopback interface."""

import argparse
import email.utils
import hashlib
import ipaddress
import logging
import re
import sys
import threading
from datetime import datetime, timezone
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
UPDATES = HERE / "updates"
PLACEHOLDER = b"__BASE__"

# Fixed dates rather than file mtimes, so that a git checkout does not change what a
# crawler sees, and so that --updated files look strictly newer than the originals.
SITE_MODIFIED = datetime(2025, 9, 12, 6, 0, tzinfo=timezone.utc)
UPDATES_MODIFIED = datetime(2025, 9, 13, 6, 0, tzinfo=timezone.utc)

TYPES = {
    ".html": "text/html",
    ".txt": "text/plain",
    ".css": "text/css",
    ".json": "application/json",
}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class SampleServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that knows the corpus to serve and its own base URL."""

    daemon_threads = True

    def __init__(self, address, updated=False):
        super().__init__(address, SampleHandler)
        self.updated = updated
        host, port = self.server_address[:2]
        self.base_url = f"http://{host}:{port}"


class SampleHandler(BaseHTTPRequestHandler):
    """Answers GET and HEAD for files of the corpus, with validators and 304s."""

    server_version = "RecoupeSample/1.0"
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self._answer(with_body=True)

    def do_HEAD(self):
        self._answer(with_body=False)

    def log_message(self, format, *args):
        # The default handler writes every request to stderr, which drowns test output.
        log.debug("%s - %s", self.address_string(), format % args)

    def _answer(self, with_body):
        found = resolve(urlsplit(self.path).path, self.server.updated)
        if found is None:
            self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8",
                       with_body=with_body)
            return
        file, modified = found
        body = file.read_bytes().replace(PLACEHOLDER, self.server.base_url.encode("ascii"))
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
        last_modified = email.utils.format_datetime(modified, usegmt=True)
        headers = {"ETag": etag, "Last-Modified": last_modified, "Cache-Control": "no-cache"}
        if not_modified(self.headers, etag, modified):
            self._send(HTTPStatus.NOT_MODIFIED, b"", None, headers, with_body=False)
            return
        self._send(HTTPStatus.OK, body, content_type(file, body), headers, with_body=with_body)

    def _send(self, status, body, ctype, headers=None, with_body=True):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body and body:
            self.wfile.write(body)


def resolve(url_path, updated):
    """Map a URL path to (file, last-modified), or None; never escapes the corpus folder."""
    rel = unquote(url_path).lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    roots = [(UPDATES, UPDATES_MODIFIED)] if updated else []
    roots.append((SITE, SITE_MODIFIED))
    for root, modified in roots:
        file = (root / rel).resolve()
        if file.is_relative_to(root) and file.is_file():
            return file, modified
    return None


def content_type(file, body):
    """Content-Type with a charset, except for pages whose own <meta> declares a legacy one.

    Those pages test that a client falls back to the <meta> declaration, which it only
    does when the header is silent.
    """
    suffix = file.suffix.lower()
    if suffix == ".xml":
        head = body[:500]
        kind = "application/atom+xml" if b"<feed" in head else (
            "application/rss+xml" if b"<rss" in head else "application/xml")
        return f"{kind}; charset=utf-8"
    kind = TYPES.get(suffix, "application/octet-stream")
    if suffix == ".html":
        match = META_CHARSET.search(body[:2048])
        if match and match.group(1).lower() not in (b"utf-8", b"utf8"):
            return kind
    if kind.startswith("text/") or kind == "application/json":
        return f"{kind}; charset=utf-8"
    return kind


def not_modified(headers, etag, modified):
    """True when the request's validators show the client already has this version.

    If-None-Match wins over If-Modified-Since, as RFC 9110 requires.
    """
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = [t.strip() for t in inm.split(",")]
        return "*" in tags or etag in tags or f"W/{etag}" in tags
    ims = headers.get("If-Modified-Since")
    if ims:
        try:
            since = email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)
        return modified <= since
    return False


def check_loopback(host):
    """Refuse any address but loopback: the corpus imitates real outlets and must stay local."""
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise ValueError(f"refusing to bind to {host!r}: the sample server only listens on 127.0.0.1")


def start(host="127.0.0.1", port=0, updated=False):
    """Start the server in a daemon thread and return (server, base_url).

    port=0 picks a free port, so tests can run in parallel; call server.shutdown() to stop.
    """
    check_loopback(host)
    server = SampleServer((host, port), updated=updated)
    thread = threading.Thread(target=server.serve_forever, name="sample-server", daemon=True)
    thread.start()
    return server, server.base_url


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    parser.add_argument("--updated", action="store_true",
                        help="serve sample/updates/ in place of the originals (a silent edit)")
    args = parser.parse_args(argv)
    try:
        check_loopback(args.host)
    except ValueError as exc:
        parser.error(str(exc))
    server = SampleServer((args.host, args.port), updated=args.updated)
    print(f"Serving the sample corpus at {server.base_url}/"
          f"{' (updated versions)' if args.updated else ''}; Ctrl-C to stop.", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
