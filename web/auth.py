"""Editors' login and logout, the role checks, and the slowdown that makes password guessing impractical."""

from __future__ import annotations

import functools
import time

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from web.db import get_db, writer
from web.security import csrf_token, local_target
from web.users import authenticate, close_session, open_session, session_user

bp = Blueprint("auth", __name__)


FORGET_AFTER = 86_400.0  # seconds


class Throttle:
    """Exponential wait after failed logins, per account-and-address pair and per client address.

    After n failures the next attempt is refused for base * 2**(n-1) seconds (capped), so a
    guesser gets a handful of tries an hour while a person who mistypes waits a second.
    Refusing early (429) instead of sleeping keeps server threads free. The failures live in
    the store (web migration m007), so several web processes, on one machine or several,
    slow the same guesser alike, and a restart forgets nothing.
    """

    def __init__(self, base: float = 1.0, cap: float = 900.0) -> None:
        self.base, self.cap = base, cap

    def wait(self, db, *keys: str) -> float:
        """Seconds still to wait before any of these keys may try again (0 if none)."""
        now = time.time()
        waits = [last + min(self.base * 2 ** (count - 1), self.cap) - now
                 for count, last in (db.execute("SELECT failures, last_at FROM login_failures WHERE key = ?",
                                                [key]).fetchone() or (0, 0.0) for key in keys) if count]
        return max([0.0, *waits])

    def fail(self, *keys: str) -> None:
        with writer() as db, db.transaction():
            # A day without failure forgets a key: the table stays small under a scan of addresses.
            db.execute("DELETE FROM login_failures WHERE last_at < ?", [time.time() - FORGET_AFTER])
            for key in keys:
                db.execute("INSERT INTO login_failures (key, failures, last_at) VALUES (?, 1, ?) ON CONFLICT (key) "
                           "DO UPDATE SET failures = login_failures.failures + 1, last_at = excluded.last_at",
                           [key, time.time()])

    def succeed(self, key: str) -> None:
        with writer() as db, db.transaction():
            db.execute("DELETE FROM login_failures WHERE key = ?", [key])


@bp.before_app_request
def load_user() -> None:
    """The signed-in editor, if the session's cookie names a session the server still holds."""
    g.user = session_user(get_db(), session.get("sid")) if session.get("user_id") else None
    if g.user is None and "user_id" in session:
        session.clear()  # signed out elsewhere, expired, or the account was disabled


def login_required(role: str = "editor"):
    """Send anonymous visitors to the login page; refuse (403) editors on admin-only pages."""
    def decorate(view):
        @functools.wraps(view)
        def wrapped(**kwargs):
            if g.user is None:
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            if role == "admin" and not g.user.is_admin:
                abort(403)
            return view(**kwargs)
        return wrapped
    return decorate


@bp.route("/login", methods=("GET", "POST"))
def login():
    target = local_target(request.values.get("next"), url_for("editor.queue"))
    if request.method == "GET":
        return render_template("login.html", next=target)
    name = request.form.get("name", "").strip()
    password = request.form.get("password", "")
    throttle: Throttle = current_app.extensions["recoupe_throttle"]
    # Keyed on the name from this address, and on the address: a guesser slows down on every
    # name it tries, while someone failing on purpose elsewhere cannot lock an editor out.
    keys = (f"name:{name.casefold()}|ip:{request.remote_addr}", f"ip:{request.remote_addr}")
    wait = throttle.wait(get_db(), *keys)
    if wait > 0:
        flash(_("Too many failed attempts. Wait %(seconds)d seconds and try again.", seconds=int(wait) + 1), "error")
        return render_template("login.html", next=target, name=name), 429
    user = authenticate(get_db(), name, password)
    if user is None:
        throttle.fail(*keys)
        flash(_("Wrong name or password."), "error")
        return render_template("login.html", next=target, name=name), 401
    throttle.succeed(keys[0])
    with writer() as wdb:
        secret = open_session(wdb, user, lifetime=current_app.permanent_session_lifetime.total_seconds())
    session.clear()  # a new session on login: a cookie planted before cannot ride along
    session.permanent = True
    session["user_id"] = user.id
    session["sid"] = secret
    csrf_token()
    return redirect(target)


@bp.route("/logout", methods=("POST",))
def logout():
    """Sign out: the session ends on the server too, so a copy of the cookie signs no one in."""
    secret = session.get("sid")
    if secret:
        with writer() as wdb:
            close_session(wdb, secret)
    session.clear()
    return redirect(url_for("reader.overview"))
