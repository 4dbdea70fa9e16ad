"""Account upkeep for `recoupe user`: list, disable, enable, change a password, rename, set the public display name.

The display name is what readers see on what an editor publishes; login names never
leave editors' pages. An account without one signs as the newsroom ([editors] signature,
"La rédaction" by default).
"""

from __future__ import annotations

from sqlite_utils import Database
from werkzeug.security import generate_password_hash

from web.users import NAME_MAX, UserError, check_password

DISPLAY_MAX = 80


def list_users(db: Database) -> list[dict]:
    return list(db.query("SELECT id, name, role, display_name, disabled, created_at FROM users "
                         "ORDER BY lower(name)"))


def _id(db: Database, name: str) -> int:
    row = db.execute("SELECT id FROM users WHERE name = ?", [name.strip()]).fetchone()
    if row is None:
        raise UserError(f"there is no account named {name!r} (recoupe user list shows them)")
    return row[0]


def set_disabled(db: Database, name: str, disabled: bool) -> None:
    """Disable (the account can no longer sign in, and its open sessions end) or enable an account."""
    user_id = _id(db, name)
    if disabled and db.execute("SELECT role FROM users WHERE id = ?", [user_id]).fetchone()[0] == "admin":
        admins = db.execute("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0").fetchone()[0]
        if admins <= 1:
            raise UserError("this is the last enabled admin account; enable or create another admin first")
    with db.transaction():
        db.execute("UPDATE users SET disabled = ? WHERE id = ?", [int(disabled), user_id])


def set_password(db: Database, name: str, password: str) -> None:
    user_id = _id(db, name)
    check_password(password)
    with db.transaction():
        db.execute("UPDATE users SET password_hash = ? WHERE id = ?", [generate_password_hash(password), user_id])


def rename(db: Database, name: str, *, new_name: str | None = None, display_name: str | None = None) -> None:
    """Change the login name and/or the display name ("" clears it: the newsroom's signature applies)."""
    user_id = _id(db, name)
    with db.transaction():
        if new_name is not None:
            new_name = new_name.strip()
            if not new_name or len(new_name) > NAME_MAX or any(c.isspace() for c in new_name):
                raise UserError(f"the name must be 1 to {NAME_MAX} characters without spaces")
            taken = db.execute("SELECT id FROM users WHERE name = ?", [new_name]).fetchone()
            if taken and taken[0] != user_id:
                raise UserError(f"an account named {new_name!r} already exists")
            db.execute("UPDATE users SET name = ? WHERE id = ?", [new_name, user_id])
        if display_name is not None:
            display_name = " ".join(display_name.split())[:DISPLAY_MAX] or None
            db.execute("UPDATE users SET display_name = ? WHERE id = ?", [display_name, user_id])


def signature(db: Database, user_id: int, default: str) -> str:
    """The name readers see for this account: its display name, else the newsroom's."""
    row = db.execute("SELECT display_name FROM users WHERE id = ?", [user_id]).fetchone()
    return (row[0] if row and row[0] else None) or default


def enabled_names(db: Database) -> list[str]:
    """Accounts that can be given a cluster to review."""
    return [r[0] for r in db.execute("SELECT name FROM users WHERE disabled = 0 ORDER BY lower(name)")]
