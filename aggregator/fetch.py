"""Fetch pages, feeds and robots.txt politely and safely, over an httpx client handed in."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import email.utils
import logging
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from aggregator import addresses, bounds
from aggregator.charset import decode_text
from aggregator.config import CrawlSettings
from aggregator.robots import Answer, Memory, RobotsCache
from aggregator.urls import host_of

log = logging.getLogger(__name__)


class FetchError(Exception):
    """A URL that could not be fetched; the message says what went wrong and what to do."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.message = message


class Timeout(FetchError):
    """The server stopped answering for longer than the policy's timeout."""


class TooLarge(FetchError):
    """The body, counted after decompression, is larger than the policy allows."""


class TooManyRedirects(FetchError):
    """Redirects went in a circle or on for longer than the policy allows."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (or a redirect or 304 that cannot be used)."""

    def __init__(self, url: str, message: str, *, status: int) -> None:
        super().__init__(url, message)
        self.status = status


class RateLimited(HTTPStatusError):
    """The server asked us to slow down (429, or 503 with Retry-After); retry after .retry_after s."""

    def __init__(self, url: str, message: str, *, status: int, retry_after: float | None) -> None:
        super().__init__(url, message, status=status)
        self.retry_after = retry_after


class UnsupportedContent(FetchError):
    """The server sent a kind of document that was not asked for (a PDF where a page was expected)."""


class RobotsDisallowed(FetchError):
    """The site's robots.txt forbids our user agent to fetch this URL."""


class AddressRefused(FetchError):
    """The host resolves to a private, loopback or otherwise non-public address."""


class NetworkError(FetchError):
    """No usable HTTP exchange: a bad URL, DNS failure, refused connection or broken protocol."""


Expect = Literal["page", "feed", "robots", "any"]

_DEFAULTS = CrawlSettings()
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Feeds are often served with the wrong type: text/html, text/plain, or a bare download type.
_FEED_TYPES = frozenset(
    {"application/xml", "text/xml", "application/feed+json", "application/json",
     "text/html", "text/plain", "application/octet-stream"}
)
_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
    "robots": "text/plain,*/*;q=0.1",
    "any": "*/*",
}


@dataclass(frozen=True, kw_only=True)
class FetchPolicy:
    """How politely and how hard to fetch; the defaults are those of [crawl]."""

    timeout: float = _DEFAULTS.timeout
    deadline: float = _DEFAULTS.deadline
    max_bytes: int = _DEFAULTS.max_bytes
    max_redirects: int = _DEFAULTS.max_redirects
    per_host_interval: float = _DEFAULTS.per_host_interval
    user_agent: str = _DEFAULTS.user_agent
    respect_robots: bool = _DEFAULTS.respect_robots
    concurrency: int = _DEFAULTS.concurrency

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.deadline <= 0 or self.max_bytes <= 0 or self.concurrency < 1:
            raise ValueError("timeout, deadline, max_bytes and concurrency must be positive")
        if self.max_redirects < 0 or self.per_host_interval < 0:
            raise ValueError("max_redirects and per_host_interval cannot be negative")

    @classmethod
    def from_settings(cls, settings: CrawlSettings) -> FetchPolicy:
        """The policy a [crawl] section asks for."""
        return cls(
            timeout=settings.timeout,
            deadline=settings.deadline,
            max_bytes=settings.max_bytes,
            max_redirects=settings.max_redirects,
            per_host_interval=settings.per_host_interval,
            user_agent=settings.user_agent,
            respect_robots=settings.respect_robots,
            concurrency=settings.concurrency,
        )


@dataclass(frozen=True, kw_only=True)
class Response:
    """A fetched document, or the news that the copy we hold is still current (304)."""

    url: str  # after redirects
    status: int  # 2xx, or 304 when not_modified
    not_modified: bool
    etag: str | None
    last_modified: str | None
    content_type: str  # lowercased media type without parameters; "" when the server sent none
    body: bytes  # decompressed; b"" on 304
    text: str | None  # None on 304
    encoding: str | None  # the codec that produced .text


class Fetcher:
    """Fetches URLs within a policy: bounded concurrency, per-host spacing, robots.txt, size caps.

    Keeps per-host state (last request time, robots.txt rules) for its own lifetime, so use
    one Fetcher per crawl run, inside a single event loop.
    """

    def __init__(self, client: httpx.AsyncClient, policy: FetchPolicy, *, pacer=None,
                 robots: Memory | None = None) -> None:
        self._client = client
        self._policy = policy
        # Several processes crawling: the host's turn comes from the store (aggregator.shared).
        self._pacer = pacer
        self._slots = asyncio.Semaphore(policy.concurrency)
        self._host_locks: dict[str, asyncio.Lock] = {}
        self._host_last: dict[str, float] = {}
        # With `robots`, answers outlive this Fetcher (aggregator.robots: once a day per site).
        self._robots = RobotsCache(policy.user_agent, memory=robots)

    @property
    def policy(self) -> FetchPolicy:
        return self._policy

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        expect: Expect = "page",
        guard_private: bool = False,
    ) -> Response:
        """GET `url`, following redirects by hand; raise a FetchError subclass on any failure.

        With `etag` or `last_modified` (as the server sent them last time) the request is
        conditional, and an unchanged document comes back as not_modified with no body.
        With `guard_private`, every hop must resolve to public addresses only: for URLs
        typed by people rather than found in configured feeds.
        """
        if expect not in _ACCEPT:
            raise ValueError(f"expect must be one of {', '.join(_ACCEPT)}, got {expect!r}")
        headers = {
            "User-Agent": self._policy.user_agent,
            "Accept": _ACCEPT[expect],
            # Only codings we can inflate a bounded amount at a time (see _Inflater).
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = _checked_url(url)
        seen = {current}
        for _hop in range(self._policy.max_redirects + 1):
            if guard_private:
                await _refuse_private(current)
            if expect != "robots" and self._policy.respect_robots:
                if not await self._robots.allows(current, lambda u: self._robots_text(u, guard_private)):
                    raise RobotsDisallowed(
                        current, f"the site's robots.txt forbids {self._policy.user_agent!r} to fetch this page"
                    )
            async with self._turn(host_of(current), current):
                outcome = await self._exchange(current, headers, expect)
            if isinstance(outcome, Response):
                return outcome
            target = _checked_url(urljoin(current, outcome))
            if target in seen:
                raise TooManyRedirects(current, f"redirect loop: it redirects back to {target}")
            log.debug("%s: redirected to %s", current, target)
            seen.add(target)
            current = target
        raise TooManyRedirects(
            url, f"more than {self._policy.max_redirects} redirects (last to {current}); is the address current?"
        )

    @contextlib.asynccontextmanager
    async def _turn(self, host: str, url: str = "") -> AsyncIterator[None]:
        """Wait until `host` may be asked again and a global slot is free; hold the slot.

        With a shared pacer the turn is the store's, per host and port (a server per port).
        """
        loop = asyncio.get_running_loop()
        lock = self._host_locks.setdefault(host, asyncio.Lock())
        async with lock:
            if self._pacer is not None:
                await self._pacer.wait(urlsplit(url).netloc.lower() or host, self._policy.per_host_interval)
            else:
                wait = self._host_last.get(host, -1e9) + self._policy.per_host_interval - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
            await self._slots.acquire()
            self._host_last[host] = loop.time()
        try:
            yield
        finally:
            self._slots.release()

    async def _exchange(self, url: str, headers: dict[str, str], expect: Expect) -> Response | str:
        """One request within the policy's deadline, however slowly the server drips its answer.

        The timeout bounds each wait for a byte; a server sending one byte a second never
        trips it, so the whole exchange has a deadline of its own.
        """
        try:
            async with asyncio.timeout(self._policy.deadline):
                return await self._exchange_unbounded(url, headers, expect)
        except TimeoutError:
            raise Timeout(url, f"the answer took longer than {self._policy.deadline:g} s in all "
                               "([crawl] deadline); the server sends too slowly") from None

    async def _exchange_unbounded(self, url: str, headers: dict[str, str], expect: Expect) -> Response | str:
        """One request: a finished Response, or the Location of a redirect to follow."""
        try:
            request = self._client.build_request("GET", url, headers=headers, timeout=self._policy.timeout)
            response = await self._client.send(request, stream=True, follow_redirects=False)
        except httpx.TimeoutException as exc:
            raise Timeout(url, f"no answer within {self._policy.timeout:g} s; the server may be down or slow") from exc
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise NetworkError(url, f"could not connect ({_why(exc)}); check the address or try later") from exc
        try:
            return await self._interpret(url, response, headers, expect)
        except httpx.TimeoutException as exc:
            raise Timeout(url, f"the server stopped sending for {self._policy.timeout:g} s") from exc
        except httpx.TransportError as exc:
            raise NetworkError(url, f"the connection broke while reading ({_why(exc)}); try later") from exc
        finally:
            await response.aclose()

    async def _interpret(
        self, url: str, response: httpx.Response, sent: dict[str, str], expect: Expect
    ) -> Response | str:
        status = response.status_code
        log.debug("%s: HTTP %d", url, status)
        if status in _REDIRECTS:
            location = response.headers.get("location")
            if not location:
                raise HTTPStatusError(url, f"HTTP {status} redirect without a Location header", status=status)
            return location
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
        content_type = _media_type(response.headers.get("content-type"))
        if status == 304:
            if "If-None-Match" not in sent and "If-Modified-Since" not in sent:
                raise HTTPStatusError(url, "HTTP 304 to a request that was not conditional", status=status)
            return Response(
                url=url, status=304, not_modified=True,
                etag=etag or sent.get("If-None-Match"),
                last_modified=last_modified or sent.get("If-Modified-Since"),
                content_type=content_type, body=b"", text=None, encoding=None,
            )
        retry_after = response.headers.get("retry-after")
        if status == 429 or (status == 503 and retry_after is not None):
            delay = _retry_after_seconds(retry_after)
            when = f"retry in {delay:g} s" if delay is not None else "retry later"
            raise RateLimited(url, f"the server asks us to slow down (HTTP {status}); {when}",
                              status=status, retry_after=delay)
        if not 200 <= status < 300:
            raise HTTPStatusError(url, _status_message(status, response.reason_phrase), status=status)
        if not _acceptable(expect, content_type):
            raise UnsupportedContent(
                url, f"expected {'a web page' if expect == 'page' else 'a feed'}, "
                f"got {content_type or 'no content type'}; is this the right address?"
            )
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self._policy.max_bytes:
            raise TooLarge(url, f"the server announces {int(length)} bytes, over the limit of "
                                f"{self._policy.max_bytes} ([crawl] max_bytes)")
        body = await self._read_capped(url, response)
        text, encoding = decode_text(body, response.headers.get("content-type"))
        return Response(
            url=url, status=status, not_modified=False, etag=etag, last_modified=last_modified,
            content_type=content_type, body=body, text=text, encoding=encoding,
        )

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        """The decompressed body, refused as soon as it passes max_bytes (a gzip bomb stops early)."""
        cap = self._policy.max_bytes
        if response.is_stream_consumed:
            # A response built whole in memory (httpx.MockTransport's content=...): already decoded.
            if len(response.content) > cap:
                raise TooLarge(url, f"the body is larger than the limit of {cap} bytes ([crawl] max_bytes)")
            return response.content
        coding = response.headers.get("content-encoding", "")
        try:
            inflater = _Inflater(coding)
        except ValueError:
            raise NetworkError(url, f"the server used an unsupported Content-Encoding {coding!r}") from None
        too_large = f"the body is larger than the limit of {cap} bytes ([crawl] max_bytes)"
        chunks: list[bytes] = []
        size = 0
        try:
            async for raw in response.aiter_raw():
                chunks.append(inflater.feed(raw, cap - size + 1))
                size += len(chunks[-1])
                if size > cap:
                    raise TooLarge(url, too_large)
            chunks.append(inflater.finish())
        except zlib.error as exc:
            raise NetworkError(url, f"the compressed body is corrupt ({exc})") from exc
        body = b"".join(chunks)
        if len(body) > cap:
            raise TooLarge(url, too_large)
        return body

    async def _robots_text(self, robots_url: str, guard_private: bool) -> Answer:
        """robots.txt's text, or no text (allow everything) when missing or unreachable."""
        try:
            response = await self.fetch(robots_url, expect="robots", guard_private=guard_private)
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500 and not isinstance(exc, RateLimited):
                log.debug("%s: no robots.txt (HTTP %d); everything allowed", robots_url, exc.status)
                return Answer(None)
            problem = exc.message
        except FetchError as exc:
            problem = exc.message
        else:
            return Answer(response.text or "")
        # RFC 9309 would have us stop; a crawl that polls a few news sites is better served
        # by going on and saying so.
        log.warning("%s: robots.txt unavailable (%s); fetching as if it allowed everything",
                    robots_url, problem)
        return Answer(None, lasting=False)


class _Inflater:
    """Undo a Content-Encoding, never producing more than asked for in one call.

    httpx's own decoders inflate each network chunk whole: 50 KB of gzipped zeros would
    become 50 MB in memory before any size check could run.
    """

    def __init__(self, coding: str) -> None:
        coding = coding.strip().lower()
        self._raw_fallback = False
        if coding in ("", "identity"):
            self._wbits: int | None = None
        elif coding in ("gzip", "x-gzip"):
            self._wbits = 16 + zlib.MAX_WBITS
        elif coding == "deflate":
            # "deflate" should be zlib-wrapped, but some servers send raw deflate.
            self._wbits = zlib.MAX_WBITS
            self._raw_fallback = True
        else:
            raise ValueError(coding)
        self._z = zlib.decompressobj(self._wbits) if self._wbits is not None else None
        self._started = False

    def feed(self, data: bytes, limit: int) -> bytes:
        """Inflate `data`, returning at most `limit` bytes (more input left means over the limit)."""
        if self._z is None:
            return data
        out: list[bytes] = []
        size = 0
        while data and size < limit:
            try:
                piece = self._z.decompress(data, limit - size)
            except zlib.error:
                if not (self._raw_fallback and not self._started):
                    raise
                self._raw_fallback = False
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._started = True
            out.append(piece)
            size += len(piece)
            if self._z.unconsumed_tail:
                data = self._z.unconsumed_tail
            elif self._z.eof and self._z.unused_data.startswith(b"\x1f\x8b"):
                data = self._z.unused_data  # a further gzip member
                self._z = zlib.decompressobj(self._wbits)
            else:
                data = b""  # consumed, or junk after the end of the stream, which browsers ignore
        return b"".join(out)

    def finish(self) -> bytes:
        return self._z.flush() if self._z is not None else b""


def _checked_url(url: str) -> str:
    """`url` without its fragment, or NetworkError if it is not an absolute http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # raises ValueError on a port out of range
    except ValueError as exc:
        raise NetworkError(url, f"not a valid address ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise NetworkError(url, "not an absolute http:// or https:// address")
    return urlunsplit(parts._replace(fragment=""))


async def _refuse_private(url: str) -> None:
    """Raise AddressRefused unless every address `url`'s host resolves to is public (aggregator.addresses)."""
    try:
        await addresses.check_public_async(url)
    except addresses.Unresolvable as exc:
        raise NetworkError(url, str(exc)) from None
    except addresses.AddressError as exc:
        raise AddressRefused(url, str(exc)) from None


def _why(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _media_type(header: str | None) -> str:
    return (header or "").split(";", 1)[0].strip().lower()


def _acceptable(expect: Expect, content_type: str) -> bool:
    if not content_type or expect in ("robots", "any"):
        return True  # no type declared: let the parser judge rather than refuse blind
    if expect == "page":
        return content_type in _PAGE_TYPES
    return content_type in _FEED_TYPES or content_type.endswith("+xml")


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now (delta-seconds or an HTTP-date), clamped to a day at most."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return bounds.retry_after(float(value) if len(value) < 16 else bounds.MAX_RETRY_AFTER_S)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
        return bounds.retry_after((when - dt.datetime.now(dt.timezone.utc)).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _status_message(status: int, reason: str) -> str:
    said = f"HTTP {status} {reason}".strip()
    if status in (404, 410):
        return f"{said}: the page is gone; check the address"
    if status in (401, 403):
        return f"{said}: the site refuses access to this page"
    if status >= 500:
        return f"{said}: the server failed; it may work later"
    return f"{said}: the server refused the request"
