"""Editor accounts: creation (from `recoupe user add`), password checks, and the session secret."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlite_utils import Database
from werkzeug.security import check_password_hash, generate_password_hash

from aggregator.store import now

ROLES = ("editor", "admin")
MIN_PASSWORD_LENGTH = 10
HASH_METHOD = "scrypt"   # werkzeug's default: memory-hard, salted; tests swap in a cheap one
NAME_MAX = 64

# Checked against when the name is unknown, so a wrong name costs as much time as a wrong
# password and response times do not reveal which accounts exist.
_DUMMY_HASH = generate_password_hash(secrets.token_urlsafe(16))


class UserError(ValueError):
    """An account cannot be created as asked; the message says why, for the person typing."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def check_password(password: str) -> None:
    """Refuse passwords a guesser would find quickly: empty, short, or all one character."""
    if not password or not password.strip():
        raise UserError("the password is empty")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"the password is too short: use at least {MIN_PASSWORD_LENGTH} characters")
    if len(set(password)) < 3:
        raise UserError("the password repeats one or two characters; choose a real one")


def create_user(db: Database, name: str, password: str, *, role: str = "editor") -> User:
    """Add an account with a salted scrypt hash; the plain password is never stored."""
    name = name.strip()
    if not name or len(name) > NAME_MAX or any(c.isspace() for c in name):
        raise UserError(f"the name must be 1 to {NAME_MAX} characters without spaces")
    if role not in ROLES:
        raise UserError(f"the role must be one of {', '.join(ROLES)}")
    check_password(password)
    if db.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
        raise UserError(f"an account named {name!r} already exists")
    with db.transaction():
        user_id = db.execute(
            "INSERT INTO users (name, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING id",
            [name, generate_password_hash(password), role, now()],
        ).fetchone()[0]
    return User(user_id, name, role)


def authenticate(db: Database, name: str, password: str) -> User | None:
    """The account if the name and password match and it is enabled, else None."""
    row = db.execute("SELECT id, name, role, password_hash, disabled FROM users WHERE name = ?",
                     [name.strip()]).fetchone()
    if row is None:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(row[3], password) or row[4]:
        return None
    return User(row[0], row[1], row[2])


def get_user(db: Database, user_id: int) -> User | None:
    row = db.execute("SELECT id, name, role FROM users WHERE id = ? AND disabled = 0", [user_id]).fetchone()
    return User(*row) if row else None


def is_admin(db: Database, name: str) -> bool:
    """Whether the enabled account of that name is an admin (for work done after the request, by the worker)."""
    row = db.execute("SELECT role FROM users WHERE name = ? AND disabled = 0", [name]).fetchone()
    return row is not None and row[0] == "admin"


def secret_key(db: Database) -> str:
    """The key that signs session cookies: made once per database, so it never sits in the repository."""
    row = db.execute("SELECT value FROM web_settings WHERE key = 'secret_key'").fetchone()
    if row:
        return row[0]
    with db.transaction():
        db.execute("INSERT INTO web_settings (key, value) VALUES ('secret_key', ?) ON CONFLICT(key) DO NOTHING",
                   [secrets.token_hex(32)])
    return db.execute("SELECT value FROM web_settings WHERE key = 'secret_key'").fetchone()[0]


# --- sessions: a signed cookie carries a secret; the server keeps its hash while the session lives ---


def _session_key(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def open_session(db: Database, user: User, *, lifetime: float) -> str:
    """Start a session for `user`; returns the secret the cookie carries. Expired sessions are swept."""
    secret = secrets.token_urlsafe(32)
    stamp = dt.datetime.now(dt.timezone.utc)
    with db.transaction():
        db.execute("DELETE FROM web_sessions WHERE expires_at < ?", [now()])
        db.execute("INSERT INTO web_sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                   [_session_key(secret), user.id, stamp.isoformat(timespec="seconds"),
                    (stamp + dt.timedelta(seconds=lifetime)).isoformat(timespec="seconds")])
    return secret


def session_user(db: Database, secret: str | None) -> User | None:
    """The enabled account a live session belongs to, or None (signed out, expired or unknown)."""
    if not secret or not isinstance(secret, str):
        return None
    row = db.execute("SELECT u.id, u.name, u.role FROM web_sessions s JOIN users u ON u.id = s.user_id "
                     "WHERE s.id = ? AND s.expires_at >= ? AND u.disabled = 0", [_session_key(secret), now()]).fetchone()
    return User(*row) if row else None


def close_session(db: Database, secret: str | None) -> None:
    """End a session on the server: its cookie no longer signs anyone in, wherever it was copied."""
    if secret and isinstance(secret, str):
        with db.transaction():
            db.execute("DELETE FROM web_sessions WHERE id = ?", [_session_key(secret)])
