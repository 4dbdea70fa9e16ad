"""Whatever a request carries, the web answers 200, 302, 400 or 404: never 500, never a redirect off-site."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from claims.views.fts import match_expression
from claims.views.records import search
from web.security import local_target

HUGE = "9" * 20  # past SQLite's 2**63 - 1
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


# --- the search query builder -------------------------------------------------------------------

NASTY_QUERIES = ['"', '""', '"""', "\x00", "a\x00b", "NEAR(", "a OR", "AND", "*", "^x", "title:x", "-", "(", ")",
                 "'", "\\", "a\"b", "NOT NOT", "{x}", "données\" OR \"x", "\u200b", "%00"]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_search_page_answers_any_query(client, incident, query):
    assert client.get("/search", query_string={"q": query}).status_code == 200


@SETTINGS
@given(st.text(max_size=300))
def test_the_query_builder_never_makes_an_fts_error(factory, incident, text):
    found = search(factory.db, text)
    assert set(found) == {"query", "articles", "claims"}


@given(st.text(max_size=300))
def test_the_query_builder_quotes_every_term(text):
    match = match_expression(text)
    if match is not None:
        terms = match.split(" ")
        assert all(t.startswith('"') and t.endswith('"') and '"' not in t[1:-1] for t in terms)
        assert "\x00" not in match


def test_search_still_finds_words(client, incident):
    assert "750 000" in client.get("/search?q=patients%20d%C3%A9rob%C3%A9es").get_data(as_text=True)


# --- dates at the edge of the calendar ------------------------------------------------------------


@pytest.mark.parametrize("date", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "9999-12-31",
                                  "0001-01-01", "not a date", "2025-13-45"])
def test_pages_show_any_stored_date(client, factory, incident, date):
    with factory.db.transaction():
        factory.db.execute("UPDATE articles SET published = ?, first_seen = ?", [date, date])
        factory.db.execute("UPDATE clusters SET first_seen = ?, first_confirmed = ?, updated_at = ?",
                           [date, date, date])
    urls = ["/", "/claims", "/timeline", "/timeline?show=confirmed", "/search?q=patients", "/sources", "/feed.atom",
            f"/articles/{incident.articles['ars']}", f"/claims/{incident.clusters['count_750k']}", "/api/clusters",
            "/api/articles"]
    for url in urls:
        assert client.get(url).status_code == 200, url


# --- ids, pages and offsets -------------------------------------------------------------------------


def _with_ids(app, value: str) -> list[tuple[str, str]]:
    """Every route with an id, its ids set to `value`, with the method it answers."""
    found = []
    for rule in app.url_map.iter_rules():
        if not rule.arguments or rule.endpoint == "static":
            continue
        path = rule.rule
        for name in rule.arguments:
            path = path.replace(f"<int:{name}>", value)
        method = "GET" if "GET" in rule.methods else "POST"
        found.append((method, path))
    return found


@pytest.mark.parametrize("value", [HUGE, "9223372036854775808", "0"])
def test_out_of_range_ids_are_not_found_on_every_route(app, client, incident, login, post, value):
    login("admin")
    routes = _with_ids(app, value)
    assert len(routes) >= 8
    for method, path in routes:
        response = client.get(path) if method == "GET" else post(path, {"reason": "x", "target": "1", "claim": "1"})
        assert response.status_code == 404, (method, path, response.status_code)


@pytest.mark.parametrize("field, value", [("target", HUGE), ("target", "-1"), ("claim", HUGE), ("target", "１")])
def test_out_of_range_ids_in_forms_are_bad_requests(client, incident, login, post, field, value):
    login("editor")
    cluster = incident.clusters["count_750k"]
    action = "merge" if field == "target" else "split"
    assert post(f"/editor/clusters/{cluster}/{action}", {field: value, "reason": "x"}).status_code == 400


@pytest.mark.parametrize("page", [HUGE, "-1", "0", "1e3", "abc", " ", "٣"])
def test_pages_out_of_range_are_not_found(client, incident, page):
    for path in ("/claims?slot=victim_count", "/timeline", f"/claims/{incident.clusters['count_750k']}"):
        sep = "&" if "?" in path else "?"
        assert client.get(f"{path}{sep}page={quote(page)}").status_code == 404, (path, page)


@pytest.mark.parametrize("query", [f"offset={HUGE}", f"limit={HUGE}", "offset=x", "limit=1.5"])
def test_api_paging_out_of_range_is_a_bad_request(client, incident, query):
    for path in ("/api/clusters", "/api/articles", f"/api/clusters/{incident.clusters['count_750k']}"):
        assert client.get(f"{path}?{query}").status_code == 400, (path, query)


# --- where login sends you ----------------------------------------------------------------------------

OFF_SITE = ["/\t/evil.example", "/%09/evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "/\r\n/evil.example", "/\n/evil.example", " //evil.example", "/\x00/x",
            "javascript:alert(1)", "/ /evil.example", "/\u3000/evil.example"]


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_never_redirects_off_site_nor_fails(client, users, post, target):
    response = post("/login", {"name": "edith", "password": "correct horse battery", "next": target})
    assert response.status_code == 302 and response.headers["Location"] == "/editor/", target
    client.get("/login", query_string={"next": target})  # and the form itself renders


def _browser_view(location: str):
    """How a browser reads a Location: tabs and newlines dropped, backslashes as slashes."""
    cleaned = "".join(c for c in location if c not in "\t\n\r").replace("\\", "/").lstrip(" \x00-\x1f")
    return urlsplit(cleaned)


@given(st.text(max_size=80))
def test_local_target_keeps_every_redirect_on_site(target):
    kept = local_target(target, "/editor/")
    seen = _browser_view(kept)
    assert not seen.netloc and not seen.scheme and kept.startswith("/")


def test_local_target_keeps_ordinary_paths():
    assert local_target("/editor/clusters/3?page=2", "/editor/") == "/editor/clusters/3?page=2"


# --- the Atom feed ------------------------------------------------------------------------------------------


def test_feed_is_well_formed_whatever_the_crawled_text_carries(app, client, factory, incident):
    hostile = "".join(chr(c) for c in range(0, 32)) + "\ufffe\uffff ]]> <x> & fin"
    with factory.db.transaction():
        factory.db.execute("UPDATE clusters SET label = ? WHERE verdict = 'confirmed'", [hostile])
        factory.db.execute("UPDATE sources SET name = name || ?", [hostile])
    app.config["PUBLIC_URL"] = "https://recoupe.example/veille"
    response = client.get("/feed.atom", headers={"Host": "evil.example"})
    root = ET.fromstring(response.data)
    links = [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert len(links) > 3 and all(href.startswith("https://recoupe.example/veille/") for href in links), links
    assert "evil.example" not in response.get_data(as_text=True)


# --- sessions and the login throttle ---------------------------------------------------------------------


def test_logout_revokes_the_session_on_the_server(app, client, users, login, post):
    login("editor")
    cookie = client.get_cookie("recoupe_session").value
    assert client.get("/editor/").status_code == 200
    post("/logout")
    thief = app.test_client()
    thief.set_cookie("recoupe_session", cookie)
    response = thief.get("/editor/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_a_third_party_cannot_lock_an_editor_out(app, users):
    attacker = app.test_client()
    attacker.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    editor = app.test_client()
    editor.environ_base["REMOTE_ADDR"] = "198.51.100.4"
    for client in (attacker, editor):
        client.get("/login")
    def sign_in(client, password):
        with client.session_transaction() as session:
            token = session["csrf"]
        return client.post("/login", data={"name": "edith", "password": password, "csrf_token": token})
    assert sign_in(attacker, "guess number one").status_code == 401
    assert sign_in(attacker, "guess number two").status_code == 429, "the guesser is slowed down"
    assert sign_in(editor, "correct horse battery").status_code == 302, "the editor, elsewhere, is not"


def test_no_quote_of_a_search_reaches_the_page_unescaped(client, incident):
    body = client.get("/search?q=" + quote('"><script>x</script>')).get_data(as_text=True)
    assert "<script>x" not in body
