"""One function per command: open what the command needs, call the orchestrators, report, return an exit code."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from urllib.parse import urlsplit

from aggregator.crawl import add_page, run_crawl
from aggregator.runs import run_errors
from aggregator.sources import ensure_manual_source
from aggregator.store import WriterLock, open_store
from claims.migrations import all_migrations
from recoupe.config import Config
from recoupe.progress import Progress

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def open_database(config: Config):
    """The database for writing, schema brought up to date."""
    return open_store(config.database_path, all_migrations())


def crawl(config: Config, args: argparse.Namespace) -> int:
    """Run the whole pipeline once under the writer lock."""
    with WriterLock(config.database_path):
        db = open_database(config)
        with Progress("pages", enabled=sys.stderr.isatty()) as progress:
            report = run_crawl(db, sources=config.sources, settings=config.crawl, progress=progress.update)
        print(report.summary())
        return EXIT_OK if report.ok else EXIT_ERRORS


def add(config: Config, args: argparse.Namespace) -> int:
    """Fetch one page by hand; an official page becomes reference material for verdicts at once."""
    parts = urlsplit(args.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        print(f"recoupe: {args.url!r} is not an http:// or https:// address", file=sys.stderr)
        return EXIT_USAGE
    with WriterLock(config.database_path):
        db = open_database(config)
        source = ensure_manual_source(db, args.source or parts.hostname, args.url, official=args.official)
        report = add_page(db, args.url, source=source, settings=config.crawl, guard_private=True)
        print(report.summary().replace("crawl #", "add #", 1))
        if not report.ok:
            for message in run_errors(db, report.run_id):
                print(f"recoupe: {message}", file=sys.stderr)
        return EXIT_OK if report.ok else EXIT_ERRORS


def reprocess(config: Config, args: argparse.Namespace) -> int:
    return not_yet("reprocess")


def claims(config: Config, args: argparse.Namespace) -> int:
    return not_yet("claims")


def export(config: Config, args: argparse.Namespace) -> int:
    return not_yet("export")


def serve(config: Config, args: argparse.Namespace) -> int:
    return not_yet("serve")


def user_add(config: Config, args: argparse.Namespace) -> int:
    return not_yet("user add")


def schedule(config: Config, args: argparse.Namespace) -> int:
    """Start a crawl every `--every` seconds, in the foreground, until interrupted.

    A crawl that overruns the interval delays the next one instead of overlapping it; a
    failing crawl is reported and the schedule goes on.
    """
    runs = 0
    while True:
        started = time.monotonic()
        try:
            code = crawl(config, args)
        except Exception:  # one broken run must not end an unattended schedule
            log.exception("scheduled crawl failed")
            code = EXIT_ERRORS
        runs += 1
        if args.max_runs is not None and runs >= args.max_runs:
            return code
        wait = max(0.0, args.every - (time.monotonic() - started))
        log.info("next crawl in %.0f s", wait)
        time.sleep(wait)


def not_yet(name: str) -> int:
    print(f"recoupe: `{name}` is not yet available in this version", file=sys.stderr)
    return EXIT_USAGE
