"""`recoupe user list|disable|enable|password|rename`: account upkeep from the command line.

`user add` stays in recoupe.commands; these are registered by `add_parsers`, called once
by recoupe.cli, and share its exit codes (0 done, 2 a name or password that cannot be used).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from recoupe.commands import EXIT_OK, EXIT_USAGE, open_database
from recoupe.config import Config


def add_parsers(user_sub) -> None:
    """Register the account commands under `recoupe user`."""
    q = user_sub.add_parser("list", help="list accounts", description="List accounts: login name, role, "
                            "display name (what readers see) and whether the account is disabled.")
    q.set_defaults(func=user_list)
    for action, what in (("disable", "Disable an account: it can no longer sign in and its open sessions end."),
                         ("enable", "Enable a disabled account again.")):
        q = user_sub.add_parser(action, help=what.split(":")[0].split(".")[0].lower(), description=what)
        q.add_argument("name", help="login name")
        q.set_defaults(func=user_disable if action == "disable" else user_enable)
    q = user_sub.add_parser("password", help="set an account's password",
                            description="Set a new password; read from the terminal (twice) or one line of stdin.")
    q.add_argument("name", help="login name")
    q.set_defaults(func=user_password)
    q = user_sub.add_parser("rename", help="change a login name or the display name readers see",
                            description="Change the login name (--to) and/or the display name readers see on "
                            "published verdicts (--display-name; \"\" goes back to the newsroom's signature).")
    q.add_argument("name", help="current login name")
    q.add_argument("--to", metavar="NEW", help="new login name")
    q.add_argument("--display-name", metavar="TEXT", help="name shown to readers, e.g. \"Edith Piaf, rédaction\"")
    q.set_defaults(func=user_rename)


def _run(config: Config, action) -> int:
    from web.users import UserError

    db = open_database(config)
    try:
        message = action(db)
    except UserError as exc:
        print(f"recoupe: {exc}; nothing was changed", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    print(message)
    return EXIT_OK


def user_list(config: Config, args: argparse.Namespace) -> int:
    from web.accounts import list_users

    def show(db) -> str:
        rows = list_users(db)
        lines = [f"{'name':<20} {'role':<7} {'state':<9} display name"]
        for u in rows:
            display = u["display_name"] or f"({config.editors.signature})"
            lines.append(f"{u['name']:<20} {u['role']:<7} {'disabled' if u['disabled'] else 'enabled':<9} {display}")
        lines.append(f"{len(rows)} accounts")
        return "\n".join(lines)
    return _run(config, show)


def user_disable(config: Config, args: argparse.Namespace) -> int:
    from web.accounts import set_disabled

    return _run(config, lambda db: set_disabled(db, args.name, True) or f"disabled {args.name!r}")


def user_enable(config: Config, args: argparse.Namespace) -> int:
    from web.accounts import set_disabled

    return _run(config, lambda db: set_disabled(db, args.name, False) or f"enabled {args.name!r}")


def user_password(config: Config, args: argparse.Namespace) -> int:
    from web.accounts import set_password

    if sys.stdin.isatty():
        password = getpass.getpass(f"New password for {args.name}: ")
        if password != getpass.getpass("Again: "):
            print("recoupe: the two passwords differ; nothing was changed", file=sys.stderr)
            return EXIT_USAGE
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    return _run(config, lambda db: set_password(db, args.name, password) or f"password of {args.name!r} changed")


def user_rename(config: Config, args: argparse.Namespace) -> int:
    from web.accounts import rename

    if args.to is None and args.display_name is None:
        print("recoupe: say what to change: --to NEW and/or --display-name TEXT", file=sys.stderr)
        return EXIT_USAGE
    return _run(config, lambda db: rename(db, args.name, new_name=args.to, display_name=args.display_name)
                or f"account {args.name!r} updated")
