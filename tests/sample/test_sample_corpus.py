"""The bundled sample corpus and its server: feeds, links, charsets, validators, --updated."""

import tomllib
import urllib.robotparser
import xml.etree.ElementTree as ET
from email.utils import format_datetime, parsedate_to_datetime
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from sample.serve import SITE, UPDATES, start

SOURCES = Path(SITE).parent / "sources.toml"
ATOM = "{http://www.w3.org/2005/Atom}"
CP1252_PAGE = "/echo-estuaire/actu/cyberattaque-patients-pays-de-la-loire-4512.html"
EDITED_PAGE = "/courrier-normand/actualites/sante/2025/09/10/cyberattaque-ce-que-lon-sait.html"


@pytest.fixture(scope="module")
def served():
    server, base = start(port=0)
    with httpx.Client(base_url=base, timeout=5) as client:
        yield base, client
    server.shutdown()
    server.server_close()


@pytest.fixture
def served_updated():
    server, base = start(port=0, updated=True)
    with httpx.Client(base_url=base, timeout=5) as client:
        yield base, client
    server.shutdown()
    server.server_close()


def sources():
    return tomllib.loads(SOURCES.read_text(encoding="utf-8"))["source"]


def local_path(url):
    """The sources list names port 8765; tests serve on a free port, so keep only the path."""
    return httpx.URL(url).raw_path.decode()


def feed_links(xml_bytes):
    root = ET.fromstring(xml_bytes)
    if root.tag == "rss":
        return [item.findtext("link") for item in root.iter("item")]
    assert root.tag == f"{ATOM}feed"
    return [link.get("href") for entry in root.iter(f"{ATOM}entry")
            for link in entry.iter(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]


def test_sources_list_matches_the_served_corpus(served):
    _, client = served
    names = [s["name"] for s in sources()]
    assert len(names) == len(set(names)) == 10
    assert {s["kind"] for s in sources()} == {"feed", "page"}
    assert sum(s["official"] for s in sources()) == 3
    for source in sources():
        assert client.get(local_path(source["url"])).status_code == 200, source["name"]


def test_every_feed_parses_and_declares_its_type(served):
    _, client = served
    for source in (s for s in sources() if s["kind"] == "feed"):
        response = client.get(local_path(source["url"]))
        ctype = response.headers["content-type"]
        assert ctype.startswith(("application/rss+xml", "application/atom+xml")), ctype
        assert "charset=utf-8" in ctype
        assert feed_links(response.content), source["name"]


def test_every_feed_link_resolves_to_a_page(served):
    base, client = served
    for source in (s for s in sources() if s["kind"] == "feed"):
        for link in feed_links(client.get(local_path(source["url"])).content):
            assert link.startswith(base + "/"), link
            response = client.get(link)
            assert response.status_code == 200, link
            assert response.headers["content-type"].startswith("text/html")


def test_tracking_parameters_point_to_the_same_article(served):
    base, client = served
    links = feed_links(client.get("/channelpost/feed.xml").content)
    tracked = [link for link in links if "utm_source=rss" in link]
    assert len(tracked) == 1
    clean = tracked[0].split("?")[0]
    assert clean in links
    assert client.get(tracked[0]).content == client.get(clean).content


def test_base_placeholder_never_leaks(served):
    base, client = served
    for root in (SITE, UPDATES):
        for file in Path(root).rglob("*"):
            if file.is_file():
                body = client.get("/" + file.relative_to(root).as_posix()).content
                assert b"__BASE__" not in body, file
    assert base.encode() in client.get("/lavigie/rss.xml").content


def test_conditional_get_answers_304(served):
    _, client = served
    first = client.get("/cyberscope/atom.xml")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert client.get("/cyberscope/atom.xml", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/cyberscope/atom.xml",
                      headers={"If-Modified-Since": modified}).status_code == 304
    earlier = format_datetime(parsedate_to_datetime(modified) - timedelta(days=1), usegmt=True)
    again = client.get("/cyberscope/atom.xml", headers={"If-Modified-Since": earlier})
    assert again.status_code == 200 and again.content == first.content
    stale = client.get("/cyberscope/atom.xml", headers={"If-None-Match": '"stale"'})
    assert stale.status_code == 200


def test_windows_1252_page_relies_on_its_meta_and_keeps_its_accents(served):
    _, client = served
    response = client.get(CP1252_PAGE)
    assert response.headers["content-type"] == "text/html"  # no charset: the <meta> decides
    assert b"charset=windows-1252" in response.content
    with pytest.raises(UnicodeDecodeError):
        response.content.decode("utf-8")
    text = response.content.decode("cp1252")
    for word in ("L'Écho de l'Estuaire", "l’ARS assure qu’aucune donnée médicale", "Cœur", "2 €",
                 "une cinquantaine de comptes"):
        assert word in text


def test_updated_mode_serves_a_silent_edit(served, served_updated):
    _, original = served
    _, updated = served_updated
    before, after = original.get(EDITED_PAGE), updated.get(EDITED_PAGE)
    assert "une quinzaine de professionnels" in before.text
    assert "une dizaine de professionnels" in after.text
    added = "il ne s'agit pas d'un rançongiciel"
    assert added in after.text and added not in before.text
    assert before.headers["etag"] != after.headers["etag"]
    assert (parsedate_to_datetime(after.headers["last-modified"])
            > parsedate_to_datetime(before.headers["last-modified"]))
    unchanged = "/cyberscope/2025/09/10/grades-fuite-donnees-rancongiciel.html"
    assert (original.get(unchanged).text.replace(str(original.base_url), "")
            == updated.get(unchanged).text.replace(str(updated.base_url), ""))
    feed_entry = "<updated>2025-09-11T09:15:00+02:00</updated>"
    assert feed_entry in updated.get("/courrier-normand/atom.xml").text
    assert feed_entry not in original.get("/courrier-normand/atom.xml").text


def test_robots_txt_disallows_only_private(served):
    base, client = served
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(client.get("/robots.txt").text.splitlines())
    assert robots.can_fetch("recoupe", base + "/lavigie/rss.xml")
    assert not robots.can_fetch("recoupe", base + "/private/lavigie/brouillon-cyberattaque.html")


def test_missing_and_escaping_paths_are_404(served):
    _, client = served
    assert client.get("/nope.html").status_code == 404
    assert client.get("/../serve.py").status_code == 404
    assert client.get("/%2e%2e/serve.py").status_code == 404


def test_server_refuses_non_loopback_addresses():
    with pytest.raises(ValueError, match="127.0.0.1"):
        start(host="0.0.0.0")
