"""Sign-in, sessions, roles and CSRF: who may see and do what, and what an attacker cannot."""

import time

import pytest

EDITOR_PAGES = ["/editor/", "/editor/sources", "/editor/add", "/editor/audit", "/editor/runs"]


@pytest.mark.parametrize("url", EDITOR_PAGES)
def test_anonymous_visitors_are_sent_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/login?next=" in response.headers["Location"]


@pytest.mark.parametrize("url", EDITOR_PAGES)
def test_editors_see_every_editor_page(client, incident, login, url):
    assert login("editor").status_code == 302
    assert client.get(url).status_code == 200


def test_anonymous_writes_are_refused(client, incident, post):
    cluster = incident.clusters["count_1_4m"]
    response = post(f"/editor/clusters/{cluster}/verdict", {"verdict": "confirmed", "reason": "x"})
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_login_sets_a_hardened_session_cookie(client, users, login):
    response = login("editor")
    assert response.status_code == 302 and response.headers["Location"] == "/editor/"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_session_cookie_is_secure_over_https(client, users, post):
    client.get("/login", base_url="https://localhost")
    with client.session_transaction(base_url="https://localhost") as session:
        token = session["csrf"]
    response = client.post("/login", base_url="https://localhost",
                           data={"name": "edith", "password": "correct horse battery", "csrf_token": token})
    assert "Secure" in response.headers["Set-Cookie"]


def test_wrong_password_and_unknown_name_look_the_same(client, users, login):
    wrong = login("edith", "wrong password!!")
    time.sleep(0.35)  # the client's address is throttled too
    unknown = login("nobody", "wrong password!!")
    assert wrong.status_code == unknown.status_code == 401
    assert b"Nom ou mot de passe incorrect" in wrong.data


def test_failed_logins_slow_down_exponentially(client, app, users, login):
    assert login("edith", "bad password 1").status_code == 401
    locked = login("edith")  # right password, too soon: refused without checking
    assert locked.status_code == 429
    time.sleep(0.35)          # base delay 0.3 s in tests
    assert login("edith", "bad password 2").status_code == 401
    time.sleep(0.35)          # the wait has doubled to 0.6 s
    assert login("edith").status_code == 429
    time.sleep(0.3)
    assert login("edith").status_code == 302


def test_logout_ends_the_session(client, users, login, post):
    login("editor")
    assert client.get("/editor/").status_code == 200
    post("/logout")
    assert client.get("/editor/").status_code == 302


def test_forms_without_the_csrf_token_are_refused(client, incident, login):
    login("editor")
    cluster = incident.clusters["count_1_4m"]
    response = client.post(f"/editor/clusters/{cluster}/verdict", data={"verdict": "confirmed", "reason": "x"})
    assert response.status_code == 400
    forged = client.post(f"/editor/clusters/{cluster}/verdict",
                         data={"verdict": "confirmed", "reason": "x", "csrf_token": "forged"})
    assert forged.status_code == 400
    assert client.post("/login", data={"name": "edith", "password": "correct horse battery"}).status_code == 400


def test_login_never_redirects_off_site(client, users, post):
    response = post("/login", {"name": "edith", "password": "correct horse battery",
                               "next": "//evil.example/phish"})
    assert response.headers["Location"] == "/editor/"


def test_only_admins_change_official_sources(client, incident, login, post):
    source = incident.sources["vigie"]
    login("editor")
    assert post(f"/editor/sources/{source}/official", {"official": "1", "reason": "x"}).status_code == 403
    assert b"Marquer officielle" not in client.get("/editor/sources").data
    post("/logout")
    login("admin")
    assert b"Marquer officielle" in client.get("/editor/sources").data
    assert post(f"/editor/sources/{source}/official", {"official": "1", "reason": "it is the ARS's partner"}
                ).status_code == 302


def test_every_page_sends_a_strict_csp(client, incident):
    csp = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'self'" in csp
    assert client.get("/login").headers["Cache-Control"] == "no-store"
