"""An exact in-memory cache of readers' pages and the JSON API, keyed on the address, language and data version.

The data version (`claims` migration `m006_data_version`) is bumped by triggers on every row
written to a table a reader can see, so a stored page is served only while the data it was
rendered from is unchanged: an editor's verdict or a crawl's write is visible on the next
request. Only anonymous GETs answered 200 without a cookie are stored; editors (and readers
with a message pending in their session) always get a freshly rendered page.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from flask import Flask, Response, current_app, g, request, session

from web.db import get_db

# Paths never cached: editors' pages, signing in and out, and the health check (it must touch the database).
UNCACHED_PREFIXES = ("/editor", "/login", "/logout", "/healthz", "/static")
# Headers added per response by Flask or by security.security_headers: applied again on every hit.
NOT_STORED = frozenset({"set-cookie", "vary", "content-length", "date", "server"})
HEADER = "X-Recoupe-Cache"
# How long a request waits for another rendering the same page before rendering it itself.
RENDER_WAIT = 10.0


@dataclass(frozen=True)
class Entry:
    body: bytes
    headers: tuple[tuple[str, str], ...]
    mimetype: str | None


class ResponseCache:
    """A thread-safe LRU of rendered responses, bounded in entries and in bytes of body."""

    def __init__(self, max_entries: int = 512, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self._rendering: dict[tuple, threading.Event] = {}
        self.hits = self.misses = 0

    def claim(self, key: tuple) -> threading.Event | None:
        """Become the one request rendering `key` (None), or get the event to wait on while another renders it."""
        with self._lock:
            pending = self._rendering.get(key)
            if pending is None:
                self._rendering[key] = threading.Event()
            return pending

    def release(self, key: tuple) -> None:
        with self._lock:
            pending = self._rendering.pop(key, None)
        if pending is not None:
            pending.set()

    def get(self, key: tuple) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: tuple, entry: Entry) -> None:
        size = len(entry.body)
        if size > self.max_bytes // 8:  # one huge page must not flush everything else
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._entries[key] = entry
            self._bytes += size
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size_bytes(self) -> int:
        return self._bytes


def data_version(db) -> int:
    """The database's data version, read on this request's read-only connection.

    One row in SQLite; in PostgreSQL one row per writer shard (claims.migrations, m006),
    summed: every committed write raises the sum, so every web process sees the change.
    """
    return db.execute("SELECT sum(version) FROM data_version").fetchone()[0]


def _cacheable_request() -> bool:
    """An anonymous reader's GET of a page or the API: no signed-in user and no message waiting in the session."""
    if request.method != "GET" or request.path.startswith(UNCACHED_PREFIXES):
        return False
    # Decided from the session itself, not g.user, so the answer never depends on hook order.
    return "user_id" not in session and "_flashes" not in session


def _key() -> tuple:
    from web.i18n import select_locale
    # host_url: the Atom feed carries absolute links.
    return (request.host_url, request.full_path, select_locale(), data_version(get_db()))


def lookup():
    """Before the view: answer from the cache when this exact page at this data version was rendered already."""
    if not current_app.config.get("RESPONSE_CACHE", True) or not _cacheable_request():
        return None
    key = _key()
    cache = current_app.extensions["recoupe_cache"]
    entry = cache.get(key)
    if entry is None:
        # When the data changes, every client asks for the same pages at once: render each once.
        pending = cache.claim(key)
        if pending is None:
            g._recoupe_cache_key = key
            return None
        pending.wait(RENDER_WAIT)
        entry = cache.get(key)
        if entry is None:  # the page was not stored (an error, a cookie): render it here
            return None
    response = Response(entry.body, status=200, mimetype=entry.mimetype)
    del response.headers["Content-Type"]
    response.headers.extend(entry.headers)
    response.headers[HEADER] = "hit"
    return response


def store(response: Response) -> Response:
    """After the view: keep a 200 rendered for an anonymous reader, unless it sets or needs a cookie."""
    key = g.get("_recoupe_cache_key")
    if key is None or response.headers.get(HEADER) == "hit":
        return response
    app = current_app
    if (response.status_code != 200 or response.direct_passthrough or response.is_streamed
            or "Set-Cookie" in response.headers or session.modified
            or app.session_interface.should_set_cookie(app, session)
            or "user_id" in session or g.get("user") is not None):
        return response
    headers = tuple((k, v) for k, v in response.headers.items() if k.lower() not in NOT_STORED)
    app.extensions["recoupe_cache"].put(key, Entry(response.get_data(), headers, response.mimetype))
    response.headers[HEADER] = "miss"
    return response


def release(exc: BaseException | None = None) -> None:
    """After every request that rendered a page for the cache, stored or not: let the waiting requests go."""
    key = g.pop("_recoupe_cache_key", None)
    if key is not None:
        current_app.extensions["recoupe_cache"].release(key)


def init_app(app: Flask) -> None:
    """Register before every other hook's after_request so `store` sees the response last, headers and all."""
    app.config.setdefault("RESPONSE_CACHE", True)
    app.extensions["recoupe_cache"] = ResponseCache(app.config.get("RESPONSE_CACHE_ENTRIES", 512),
                                                    app.config.get("RESPONSE_CACHE_BYTES", 64 * 1024 * 1024))
    app.before_request(lookup)
    app.after_request(store)
    app.teardown_request(release)
