"""The `recoupe` command line: parse arguments, load config.toml once, run one command, map errors to exit codes.

Exit codes follow the contract: 0 success, 1 a run that finished with errors it reported,
2 bad usage or a bad configuration.
"""

from __future__ import annotations

import argparse
import logging
import re
import sqlite3
import sys
from pathlib import Path

from aggregator import __version__
from aggregator.settings import ConfigError
from aggregator.store import Busy, StoreError
from recoupe import accounts, commands
from recoupe.commands import EXIT_ERRORS, EXIT_USAGE
from recoupe.config import load_config
from recoupe.logs import setup_logging

log = logging.getLogger(__name__)

def duration(text: str) -> float:
    """Parse '30m', '2h', '45s' or '90' (seconds) into seconds, for `schedule --every`."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration like 30m, 2h or 90s")
    unit = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]
    return float(match.group(1)) * unit


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recoupe",
        description="Follow one incident in the news: crawl feeds and official communiqués, extract "
        "the claims each article makes, and check them against the official word.",
    )
    parser.add_argument("--config", type=Path, default=Path("config.toml"),
                        help="configuration file (default: ./config.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    parser.add_argument("--version", action="version", version=f"recoupe {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("crawl", help="one incremental run of the whole pipeline",
                       description="Poll every source, fetch new or changed articles, extract text, "
                       "claims and verdicts. Safe to run from cron: a second run while one is running "
                       "exits at once; an interrupted run is completed by the next.")
    p.set_defaults(func=commands.crawl)

    p = sub.add_parser("add", help="fetch and process one page that is in no feed",
                       description="Fetch one page (for example a communiqué published in no feed), "
                       "store it and process its claims.")
    p.add_argument("url", help="address of the page")
    p.add_argument("--official", action="store_true", help="the page is an official communiqué")
    p.add_argument("--source", metavar="NAME",
                   help="attach it to this source (created if unknown; default: the page's host)")
    p.set_defaults(func=commands.add)

    p = sub.add_parser("reprocess", help="re-extract claims and re-cluster from stored text",
                       description="Re-extract claims and re-cluster from stored article text, after a "
                       "lexicon or model change. Editors' verdicts survive.")
    p.set_defaults(func=commands.reprocess)

    p = sub.add_parser("claims", help="list claim clusters and their verdicts",
                       description="List the claim clusters with their verdicts.")
    p.add_argument("--verdict", choices=("confirmed", "contradicted", "disputed", "unverified"),
                   help="only clusters with this verdict")
    p.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    p.set_defaults(func=commands.claims)

    p = sub.add_parser("export", help="export articles, claims and verdicts",
                       description="Export the incident: json (the contract's object), claimreview "
                       "(schema.org ClaimReview JSON-LD) or csv (one row per claim).")
    p.add_argument("--format", choices=("json", "claimreview", "csv"), required=True, help="export format")
    p.add_argument("--output", type=Path, help="write to this file instead of standard output")
    p.set_defaults(func=commands.export)

    p = sub.add_parser("serve", help="serve the web front end",
                       description="Serve the web front end on a production WSGI server (waitress).")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=5000, help="port (default 5000)")
    p.add_argument("--processes", type=int, default=1, metavar="N",
                   help="server processes sharing the port (default 1); about one per core serves readers "
                        "fastest while a crawl runs")
    p.set_defaults(func=commands.serve)

    p = sub.add_parser("schedule", help="run crawl periodically in the foreground",
                       description="Run `crawl` every interval, in the foreground, until interrupted. "
                       "For unattended servers prefer cron or a systemd timer (see README).")
    p.add_argument("--every", type=duration, default=duration("30m"), metavar="DURATION",
                   help="interval between the starts of two crawls: 30m, 2h, 90s (default 30m; "
                   "at least 1m: shorter intervals are raised to one minute)")
    p.add_argument("--max-runs", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument("--floor", type=duration, default=None, help=argparse.SUPPRESS)  # tests only
    p.set_defaults(func=commands.schedule)

    p = sub.add_parser("worker", help="take crawl and analysis jobs from the queue (PostgreSQL store)",
                       description="With [storage] url = \"postgresql://...\": take fetch, extraction, embedding "
                       "and claims jobs from the queue until stopped (SIGTERM or Ctrl-C finish the jobs in hand "
                       "first). Run any number, on any machines; `recoupe crawl` queues the work. See docs/scaling.md.")
    p.add_argument("--queues", metavar="LIST",
                   help="only these queues, comma-separated: fetch, extract, embed, claims (default: all)")
    p.add_argument("--concurrency", type=int, metavar="N",
                   help="jobs at once in this process (default: [workers] concurrency)")
    p.set_defaults(func=commands.worker)

    p = sub.add_parser("user", help="manage editor accounts", description="Manage editor accounts.")
    user_sub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True, help="what to do")
    q = user_sub.add_parser("add", help="create an editor account",
                            description="Create an account. The password is read from the terminal, "
                            "or from standard input when it is not a terminal.")
    q.add_argument("name", help="login name")
    q.add_argument("--role", choices=("editor", "admin"), default="editor", help="role (default editor)")
    q.set_defaults(func=commands.user_add)
    accounts.add_parsers(user_sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(verbose=args.verbose)
    try:
        config = load_config(args.config)
        return args.func(config, args)
    except ConfigError as exc:
        print(f"recoupe: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Busy as exc:
        print(f"recoupe: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except StoreError as exc:
        print(f"recoupe: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except sqlite3.DatabaseError as exc:
        print(f"recoupe: the database failed ({exc}); if it is damaged, restore it from a backup, or move it "
              "away to start afresh", file=sys.stderr)
        return EXIT_ERRORS
    except OSError as exc:
        print(f"recoupe: {exc.filename or ''}: {exc.strerror or exc}".replace(": : ", ": "), file=sys.stderr)
        return EXIT_ERRORS
    except KeyboardInterrupt:
        print("recoupe: interrupted; the next run will complete the work", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the operator, the traceback with -v
        log.debug("unexpected failure", exc_info=True)
        print(f"recoupe: unexpected {type(exc).__name__}: {exc} (run with -v for the details, and report it)",
              file=sys.stderr)
        return EXIT_ERRORS


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
