"""The fetcher against a real local HTTP server: politeness, caps, faults and decoding."""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import itertools
import logging
import ssl
import time
import tracemalloc
import zlib
from functools import cache

import httpx
import pytest

from aggregator.config import CrawlSettings
from aggregator.fetch import (
    AddressRefused, FetchError, Fetcher, FetchPolicy, HTTPStatusError, NetworkError, RateLimited,
    Response, RobotsDisallowed, Timeout, TooLarge, TooManyRedirects, UnsupportedContent, decode_text,
)

POLICY = FetchPolicy(per_host_interval=0, timeout=2, user_agent="recoupe-test/1.0 (+https://example.org)")


@cache
def tls() -> ssl.SSLContext:
    """One TLS context for every test's client: building one per client costs 50 ms."""
    return ssl.create_default_context()


def run(work, policy: FetchPolicy = POLICY, transport: httpx.AsyncBaseTransport | None = None):
    """Run `work(fetcher)` in a fresh event loop with a fresh client, as the crawler does."""

    async def go():
        async with httpx.AsyncClient(transport=transport, trust_env=False, verify=tls()) as client:
            return await work(Fetcher(client, policy))

    return asyncio.run(go())


def fetch(url: str, policy: FetchPolicy = POLICY, **kwargs) -> Response:
    return run(lambda fetcher: fetcher.fetch(url, **kwargs), policy)


def policy(**changes) -> FetchPolicy:
    fields = {name: getattr(POLICY, name) for name in POLICY.__dataclass_fields__}
    return FetchPolicy(**(fields | changes))


@cache
def gzip_bomb() -> bytes:
    """50 MB of zeros, gzipped to about 50 KB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(50)) + packer.flush()


# -- policy -------------------------------------------------------------------------------------


def test_policy_reads_every_crawl_setting():
    settings = CrawlSettings(concurrency=3, per_host_interval=0.5, timeout=7, max_bytes=1000,
                             max_redirects=2, user_agent="bot/2", respect_robots=False)
    assert FetchPolicy.from_settings(settings) == FetchPolicy(
        concurrency=3, per_host_interval=0.5, timeout=7, max_bytes=1000, max_redirects=2,
        user_agent="bot/2", respect_robots=False,
    )


def test_policy_refuses_nonsense():
    with pytest.raises(ValueError):
        FetchPolicy(concurrency=0)


# -- plain fetching and conditional GET ----------------------------------------------------------


def test_fetches_a_page_with_its_validators(http_server):
    http_server.route("/a", body="<p>Bonjour</p>", etag='"v1"', last_modified="Mon, 01 Sep 2025 10:00:00 GMT")
    response = fetch(http_server.url("/a"))
    assert (response.status, response.not_modified, response.text) == (200, False, "<p>Bonjour</p>")
    assert (response.etag, response.last_modified) == ('"v1"', "Mon, 01 Sep 2025 10:00:00 GMT")
    assert response.content_type == "text/html"
    assert response.url == http_server.url("/a")
    assert http_server.seen("/a")[0].headers["user-agent"] == POLICY.user_agent
    assert http_server.seen("/robots.txt")[0].headers["user-agent"] == POLICY.user_agent


def test_unchanged_page_comes_back_as_not_modified(http_server):
    http_server.route("/a", body="<p>long article</p>", etag='"v1"', last_modified="Mon, 01 Sep 2025 10:00:00 GMT")
    response = fetch(http_server.url("/a"), etag='"v1"', last_modified="Mon, 01 Sep 2025 10:00:00 GMT")
    assert (response.status, response.not_modified, response.body, response.text) == (304, True, b"", None)
    assert (response.etag, response.last_modified) == ('"v1"', "Mon, 01 Sep 2025 10:00:00 GMT")
    assert http_server.seen("/a")[0].headers["if-none-match"] == '"v1"'


def test_if_modified_since_alone_is_enough(http_server):
    http_server.route("/a", body="x", last_modified="Mon, 01 Sep 2025 10:00:00 GMT")
    assert fetch(http_server.url("/a"), last_modified="Mon, 01 Sep 2025 10:00:00 GMT").not_modified


def test_changed_page_is_fetched_in_full(http_server):
    http_server.route("/a", body="new text", etag='"v2"')
    response = fetch(http_server.url("/a"), etag='"v1"')
    assert (response.not_modified, response.text, response.etag) == (False, "new text", '"v2"')


def test_data_files_are_served_with_validators(http_server):
    first = fetch(http_server.url("/http/bom-utf8.html"))
    again = fetch(http_server.url("/http/bom-utf8.html"), etag=first.etag)
    assert first.etag and again.not_modified


def test_unexpected_304_is_an_error(http_server):
    http_server.route("/a", status=304)
    with pytest.raises(HTTPStatusError) as caught:
        fetch(http_server.url("/a"))
    assert caught.value.status == 304


# -- status errors and rate limits ---------------------------------------------------------------


def test_429_with_delta_seconds(http_server):
    http_server.route("/a", status=429, headers={"Retry-After": "120"})
    with pytest.raises(RateLimited) as caught:
        fetch(http_server.url("/a"))
    assert (caught.value.status, caught.value.retry_after) == (429, 120)
    assert "120" in str(caught.value) and http_server.url("/a") in str(caught.value)


def test_429_with_http_date(http_server):
    later = email.utils.formatdate(time.time() + 90, usegmt=True)
    http_server.route("/a", status=429, headers={"Retry-After": later})
    with pytest.raises(RateLimited) as caught:
        fetch(http_server.url("/a"))
    assert 85 <= caught.value.retry_after <= 91


def test_429_without_retry_after(http_server):
    http_server.route("/a", status=429)
    with pytest.raises(RateLimited) as caught:
        fetch(http_server.url("/a"))
    assert caught.value.retry_after is None


def test_503_with_retry_after_is_rate_limiting(http_server):
    http_server.route("/a", status=503, headers={"Retry-After": "30"})
    with pytest.raises(RateLimited) as caught:
        fetch(http_server.url("/a"))
    assert (caught.value.status, caught.value.retry_after) == (503, 30)


def test_plain_503_and_404_are_status_errors(http_server):
    http_server.route("/down", status=503)
    with pytest.raises(HTTPStatusError) as caught:
        fetch(http_server.url("/down"))
    assert caught.value.status == 503 and not isinstance(caught.value, RateLimited)
    with pytest.raises(HTTPStatusError) as caught:
        fetch(http_server.url("/missing"))
    assert caught.value.status == 404 and "check the address" in str(caught.value)


# -- timeouts and size caps ----------------------------------------------------------------------


def test_slow_server_times_out(http_server):
    http_server.route("/slow", body="late", delay=3)
    started = time.monotonic()
    with pytest.raises(Timeout):
        fetch(http_server.url("/slow"), policy(timeout=0.2))
    assert time.monotonic() - started < 1.5


def test_body_that_stalls_times_out(http_server):
    http_server.route("/stall", body=[b"<p>start", b"never"], chunk_delay=3)
    with pytest.raises(Timeout):
        fetch(http_server.url("/stall"), policy(timeout=0.2))


def test_announced_oversize_is_refused_before_reading(http_server):
    http_server.route("/big", body=b"x" * 200_000)
    with pytest.raises(TooLarge) as caught:
        fetch(http_server.url("/big"), policy(max_bytes=100_000))
    assert "announces 200000 bytes" in str(caught.value)


def test_unannounced_oversize_is_cut_off_while_streaming(http_server):
    http_server.route("/endless", body=itertools.repeat(b"x" * 65536), content_length=False)
    with pytest.raises(TooLarge):
        fetch(http_server.url("/endless"), policy(max_bytes=100_000))


def test_gzip_bomb_stops_at_the_cap_with_memory_bounded(http_server):
    bomb = gzip_bomb()
    http_server.route("/bomb", body=bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        started = time.monotonic()
        with pytest.raises(TooLarge):
            fetch(http_server.url("/bomb"), policy(max_bytes=1_000_000))
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, f"{peak} bytes allocated for a 1 MB cap"
    assert elapsed < 2


def test_compressed_page_under_the_cap_is_inflated(http_server):
    http_server.route("/gz", body="<p>Données</p>", gzip=True, content_type="text/html; charset=utf-8")
    assert fetch(http_server.url("/gz")).text == "<p>Données</p>"


@pytest.mark.parametrize("packer", [zlib.compressobj(), zlib.compressobj(wbits=-zlib.MAX_WBITS)],
                         ids=["zlib", "raw"])
def test_deflate_in_both_spellings(http_server, packer):
    http_server.route("/d", body=packer.compress(b"<p>ok</p>") + packer.flush(),
                      headers={"Content-Encoding": "deflate"})
    assert fetch(http_server.url("/d")).text == "<p>ok</p>"


def test_corrupt_gzip_is_a_network_error(http_server):
    http_server.route("/bad", body=b"<p>not compressed</p>", headers={"Content-Encoding": "gzip"})
    with pytest.raises(NetworkError):
        fetch(http_server.url("/bad"))


# -- content types -------------------------------------------------------------------------------


def test_non_html_is_refused_without_downloading(http_server):
    # An endless body: had the fetcher started reading, it would have hit the size cap instead.
    http_server.route("/doc.pdf", body=itertools.repeat(b"%PDF" * 16384), content_type="application/pdf",
                      content_length=False)
    with pytest.raises(UnsupportedContent) as caught:
        fetch(http_server.url("/doc.pdf"), policy(max_bytes=100_000))
    assert "application/pdf" in str(caught.value)


@pytest.mark.parametrize("content_type", ["application/rss+xml", "application/atom+xml", "text/xml",
                                          "text/html", "text/plain; charset=utf-8"])
def test_feeds_are_accepted_under_their_many_labels(http_server, content_type):
    http_server.route("/feed", body="<rss/>", content_type=content_type)
    assert fetch(http_server.url("/feed"), expect="feed").text == "<rss/>"


def test_feed_is_not_a_page_and_an_image_is_not_a_feed(http_server):
    http_server.route("/feed", body="<rss/>", content_type="application/rss+xml")
    http_server.route("/img", body=b"\x89PNG", content_type="image/png")
    with pytest.raises(UnsupportedContent):
        fetch(http_server.url("/feed"))
    with pytest.raises(UnsupportedContent):
        fetch(http_server.url("/img"), expect="feed")
    assert fetch(http_server.url("/img"), expect="any").body == b"\x89PNG"


# -- redirects -----------------------------------------------------------------------------------


def test_redirect_chain_is_followed_to_the_final_url(http_server):
    for n in (3, 2, 1):
        http_server.redirect(f"/r/{n}", f"/r/{n - 1}", status=301 if n % 2 else 307)
    http_server.route("/r/0", body="end")
    response = fetch(http_server.url("/r/3"), policy(max_redirects=3))
    assert (response.url, response.text) == (http_server.url("/r/0"), "end")


def test_too_many_redirects(http_server):
    for n in (3, 2, 1):
        http_server.redirect(f"/r/{n}", f"/r/{n - 1}")
    with pytest.raises(TooManyRedirects):
        fetch(http_server.url("/r/3"), policy(max_redirects=2))
    assert http_server.hits("/r/0") == 0


def test_redirect_loop_is_detected_at_once(http_server):
    http_server.redirect("/a", "/b")
    http_server.redirect("/b", http_server.url("/a"))
    with pytest.raises(TooManyRedirects) as caught:
        fetch(http_server.url("/a"), policy(max_redirects=20))
    assert "loop" in str(caught.value)
    assert (http_server.hits("/a"), http_server.hits("/b")) == (1, 1)


def test_redirect_without_location_or_to_another_scheme(http_server):
    http_server.route("/nowhere", status=302)
    http_server.redirect("/ftp", "ftp://example.org/file")
    with pytest.raises(HTTPStatusError):
        fetch(http_server.url("/nowhere"))
    with pytest.raises(NetworkError):
        fetch(http_server.url("/ftp"))


# -- robots.txt ----------------------------------------------------------------------------------


def test_robots_disallow_is_obeyed_without_touching_the_page(http_server):
    http_server.robots("User-agent: *\nDisallow: /private\n")
    http_server.route("/private/a", body="secret")
    http_server.route("/public", body="hello")

    async def work(fetcher):
        with pytest.raises(RobotsDisallowed):
            await fetcher.fetch(http_server.url("/private/a"))
        return await fetcher.fetch(http_server.url("/public"))

    assert run(work).text == "hello"
    assert http_server.hits("/private/a") == 0
    assert http_server.hits("/robots.txt") == 1  # once per host, not per page


def test_robots_rules_for_our_agent(http_server):
    http_server.robots("User-agent: recoupe-test\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    with pytest.raises(RobotsDisallowed):
        fetch(http_server.url("/page"))


def test_robots_is_checked_after_each_redirect(http_server):
    http_server.robots("User-agent: *\nDisallow: /private\n")
    http_server.redirect("/go", "/private/a")
    with pytest.raises(RobotsDisallowed):
        fetch(http_server.url("/go"))
    assert http_server.hits("/private/a") == 0


def test_robots_can_be_ignored(http_server):
    http_server.robots("User-agent: *\nDisallow: /\n")
    http_server.route("/a", body="ok")
    assert fetch(http_server.url("/a"), policy(respect_robots=False)).text == "ok"
    assert http_server.hits("/robots.txt") == 0


def test_concurrent_fetches_read_robots_once(http_server):
    http_server.route("/robots.txt", body="User-agent: *\nAllow: /\n", content_type="text/plain", delay=0.1)

    async def work(fetcher):
        return await asyncio.gather(*(fetcher.fetch(http_server.url(f"/p{i}")) for i in range(4)),
                                    return_exceptions=True)

    run(work)
    assert http_server.hits("/robots.txt") == 1


def test_broken_robots_allows_and_says_so(http_server, caplog):
    http_server.route("/robots.txt", status=500)
    http_server.route("/a", body="ok")
    with caplog.at_level(logging.WARNING, logger="aggregator.fetch"):
        assert fetch(http_server.url("/a")).text == "ok"
    assert "robots.txt unavailable" in caplog.text and http_server.url("/robots.txt") in caplog.text


# -- politeness ----------------------------------------------------------------------------------


def test_requests_to_one_host_are_spaced(http_server):
    http_server.route("/a", body="ok")

    async def work(fetcher):
        await asyncio.gather(*(fetcher.fetch(http_server.url("/a")) for _ in range(3)))

    run(work, policy(per_host_interval=0.15, respect_robots=False))
    arrivals = [seen.at for seen in http_server.seen("/a")]
    gaps = [later - earlier for earlier, later in itertools.pairwise(arrivals)]
    assert len(gaps) == 2 and min(gaps) >= 0.12, gaps


def test_other_hosts_are_not_held_up():
    started: dict[str, list[float]] = {}

    async def handler(request: httpx.Request) -> httpx.Response:
        started.setdefault(request.url.host, []).append(asyncio.get_running_loop().time())
        return httpx.Response(200, headers={"Content-Type": "text/html"}, text="ok")

    async def work(fetcher):
        urls = ["http://a.test/1", "http://a.test/2", "http://b.test/1", "http://b.test/2"]
        await asyncio.gather(*(fetcher.fetch(url) for url in urls))

    run(work, policy(per_host_interval=0.2, respect_robots=False), httpx.MockTransport(handler))
    assert started["a.test"][1] - started["a.test"][0] >= 0.19
    assert abs(started["b.test"][0] - started["a.test"][0]) < 0.1


def test_concurrency_is_bounded(http_server):
    http_server.route("/slow", body="ok", delay=0.1)

    async def work(fetcher):
        await asyncio.gather(*(fetcher.fetch(http_server.url(f"/slow?n={n}")) for n in range(6)))

    run(work, policy(concurrency=2, respect_robots=False))
    assert http_server.hits("/slow") == 6
    assert http_server.max_in_flight == 2


# -- addresses and transport faults --------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_addresses_are_refused_when_guarding(http_server, host):
    with pytest.raises(AddressRefused) as caught:
        fetch(http_server.url("/").replace("127.0.0.1", host), guard_private=True)
    assert "loopback" in str(caught.value) and "allow_private_addresses" in str(caught.value)
    assert http_server.requests == []


@pytest.mark.parametrize("target", ["http://10.1.2.3/", "http://169.254.169.254/latest/meta-data",
                                    "http://[::ffff:127.0.0.1]/", "http://[::1]:8080/", "http://0.0.0.0/"])
def test_redirect_into_the_local_network_is_refused(target):
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(302, headers={"Location": target})

    async def work(fetcher):
        return await fetcher.fetch("http://93.184.215.14/page", guard_private=True)

    with pytest.raises(AddressRefused):
        run(work, policy(respect_robots=False), httpx.MockTransport(handler))
    assert asked == ["http://93.184.215.14/page"]


def test_connection_failure_is_a_network_error():
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(NetworkError) as caught:
        run(lambda fetcher: fetcher.fetch("https://news.test/a"), transport=httpx.MockTransport(handler))
    assert caught.value.url == "https://news.test/a"
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("url", ["ftp://example.org/", "not a url", "http://", "http://example.org:99999/"])
def test_bad_urls_are_network_errors(url):
    with pytest.raises(NetworkError):
        fetch(url)


def test_every_failure_is_a_fetch_error():
    for error in (AddressRefused, HTTPStatusError, NetworkError, RateLimited, RobotsDisallowed,
                  Timeout, TooLarge, TooManyRedirects, UnsupportedContent):
        assert issubclass(error, FetchError)


# -- character sets ------------------------------------------------------------------------------


@pytest.mark.parametrize("path, encoding, expected", [
    ("/http/meta-windows-1252.html", "cp1252", "5 €, “sans impact”"),
    ("/http/http-equiv-iso-8859-15.html", "iso8859-15", "300 €"),
    ("/http/bom-utf8.html", "utf-8", "Données de santé"),
    ("/http/undeclared-latin1.html", "cp1252", "Agence régionale de santé"),
])
def test_pages_are_decoded_as_a_browser_would(http_server, path, encoding, expected):
    response = fetch(http_server.url(path))
    assert response.encoding == encoding and expected in response.text
    assert not response.text.startswith("\ufeff")


def test_header_charset_wins_over_guessing(http_server):
    http_server.route("/h", body="<p>Santé</p>".encode("iso-8859-1"), content_type="text/html; charset=ISO-8859-1")
    assert fetch(http_server.url("/h")).text == "<p>Santé</p>"


def test_feed_xml_declaration_is_read(http_server):
    response = fetch(http_server.url("/http/feed-iso-8859-1.xml"), expect="feed")
    assert "Fuite de données" in response.text
    assert f"{http_server.base}/http/undeclared-latin1.html" in response.text  # {{base}} filled in


@pytest.mark.parametrize("body, content_type, text, encoding", [
    ("é".encode("utf-8"), "text/html; charset=x-no-such-charset", "é", "utf-8"),
    ("é".encode("utf-8"), "text/html; charset=base64", "é", "utf-8"),
    ('<meta charset="utf-16"><p>é'.encode("utf-8"), None, '<meta charset="utf-16"><p>é', "utf-8"),
    (b"\xef\xbb\xbf\xc3\xa9", "text/html; charset=iso-8859-1", "é", "utf-8"),
    (b"\xff\xfe\xe9\x00", None, "é", "utf-16-le"),
    (b"caf\xe9 \x81", None, "café \ufffd", "cp1252"),
    (b"<p>\"quoted\"</p>", 'text/html; charset="utf-8"', '<p>"quoted"</p>', "utf-8"),
])
def test_decode_text_edge_cases(body, content_type, text, encoding):
    assert decode_text(body, content_type) == (text, encoding)
