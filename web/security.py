"""Defences every response gets: CSRF tokens on forms, a strict Content Security Policy, cookie flags, safe links."""

from __future__ import annotations

import hmac
import os
import secrets
from urllib.parse import unquote, urlsplit

from flask import Flask, abort, request, session
from flask.sessions import SecureCookieSessionInterface

UNSAFE_METHODS = ("POST", "PUT", "PATCH", "DELETE")

# No inline script or style anywhere: crawled text that slipped through escaping still could not run.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def csrf_token() -> str:
    """This session's token, made on first use; every form carries it in a hidden field."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf() -> None:
    """Refuse a state-changing request whose token does not match the session's (400)."""
    if request.method not in UNSAFE_METHODS:
        return
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    expected = session.get("csrf")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(400, description="csrf")


def security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.path.startswith(("/editor", "/login")):
        response.headers["Cache-Control"] = "no-store"
    return response


def safe_href(url: str | None) -> str:
    """A crawled address usable as a link: http(s) only; anything else (javascript:, data:) becomes '#'."""
    if not url:
        return "#"
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return "#"
    return url.strip() if scheme in ("http", "https") else "#"


def local_target(target: str | None, default: str) -> str:
    """A redirect target only if it stays on this site (no open redirect after login).

    Browsers drop tabs and newlines from URLs and read a backslash as a slash, so
    "/<tab>/evil.example" (next=/%09/evil.example) is "//evil.example" to them: any whitespace, control character or
    backslash, a scheme or a host, and the default is used instead.
    """
    if not target or len(target) > 2048 or not target.startswith("/") or target.startswith("//"):
        return default
    decoded = unquote(target)  # judged as sent, and as a server might decode it once more
    if decoded.startswith("//") or any(c.isspace() or ord(c) < 0x20 or c in "\x7f\\" for c in target + decoded):
        return default
    try:
        parts = urlsplit(target)
    except ValueError:
        return default
    if parts.scheme or parts.netloc:
        return default
    return target


class SessionInterface(SecureCookieSessionInterface):
    """Signed cookie sessions that turn Secure on by themselves for requests that arrived over https."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"]) or request.is_secure


def cookie_defaults() -> dict:
    """Session cookie settings: HttpOnly, SameSite=Lax, Secure over https or when RECOUPE_SECURE_COOKIES=1."""
    return {"SESSION_COOKIE_HTTPONLY": True, "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_NAME": "recoupe_session",
            "SESSION_COOKIE_SECURE": os.environ.get("RECOUPE_SECURE_COOKIES", "") == "1",
            "PERMANENT_SESSION_LIFETIME": 12 * 3600}


def init_app(app: Flask) -> None:
    app.session_interface = SessionInterface()
    app.before_request(check_csrf)
    app.after_request(security_headers)
    app.jinja_env.globals["csrf_token"] = csrf_token
    app.jinja_env.filters["safe_href"] = safe_href
