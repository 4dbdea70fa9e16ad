"""One function per command: open what the command needs, call the orchestrators, report, return an exit code."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import Counter
from urllib.parse import urlsplit

from aggregator.crawl import add_page, run_crawl
from aggregator.runs import finish_run, record_error, run_errors, start_run
from aggregator.sources import ensure_manual_source
from aggregator.store import WriterLock, connect, open_store
from claims.views.export import cluster_objects, export_claimreview, export_csv, export_json
from claims.pipeline import run_pipeline
from recoupe.config import Config
from web.db import all_migrations
from recoupe.progress import Progress

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def open_database(config: Config):
    """The database for writing, every package's schema brought up to date (search indexes included)."""
    return open_store(config.database_path, all_migrations())


def crawl(config: Config, args: argparse.Namespace) -> int:
    """Run the whole pipeline once under the writer lock: crawl, then claims, clusters and verdicts."""
    with WriterLock(config.database_path):
        db = open_database(config)
        with Progress("pages", enabled=sys.stderr.isatty()) as progress:
            report = run_crawl(db, sources=config.sources, settings=config.crawl, progress=progress.update)
        return _claims_stage(db, config, report)


def _claims_stage(db, config: Config, report) -> int:
    """Bring claims and verdicts up to date after a crawl or an add; one summary line for both."""
    with Progress("articles", enabled=sys.stderr.isatty()) as progress:
        analysed = run_pipeline(db, incident=config.incident, settings=config.claims, progress=progress.update)
    for message in analysed.errors:
        record_error(db, report.run_id, RuntimeError(message))
    report.counts["errors"] += len(analysed.errors)
    counts = report.counts + Counter({f"claims_{k}": v for k, v in analysed.counts.items()})
    report.status = finish_run(db, report.run_id, counts)
    print(f"{report.summary()}; {analysed.summary()}")
    for message in run_errors(db, report.run_id):
        log.warning("run %d: %s", report.run_id, message)
    send_alerts(db, config)
    return EXIT_OK if report.ok and analysed.ok else EXIT_ERRORS


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
        if not report.ok:
            print(report.summary().replace("crawl #", "add #", 1))
            for message in run_errors(db, report.run_id):
                print(f"recoupe: {message}", file=sys.stderr)
            return EXIT_ERRORS
        return _claims_stage(db, config, report)


def reprocess(config: Config, args: argparse.Namespace) -> int:
    """Re-extract and re-cluster every stored article under the writer lock; editors' decisions stay."""
    with WriterLock(config.database_path):
        db = open_database(config)
        run_id = start_run(db, "reprocess")
        with Progress("articles", enabled=sys.stderr.isatty()) as progress:
            report = run_pipeline(db, incident=config.incident, settings=config.claims, reprocess=True,
                                  progress=progress.update)
        for message in report.errors:
            record_error(db, run_id, RuntimeError(message))
        finish_run(db, run_id, report.counts)
        print(report.summary())
        send_alerts(db, config)
        return EXIT_OK if report.ok else EXIT_ERRORS


def claims(config: Config, args: argparse.Namespace) -> int:
    """List clusters and verdicts, as a table for people or JSON (the export's cluster objects) for scripts."""
    db = connect(config.database_path, readonly=True)
    clusters = [c for c in cluster_objects(db) if args.verdict in (None, c["verdict"])]
    if args.format == "json":
        json.dump(clusters, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"{'id':>5}  {'verdict':<12} {'by':<10} {'slot':<21} {'value':<24} {'polarity':<8} {'n':>3}  label")
    for c in clusters:
        value = "" if c["value"] is None else str(c["value"])
        label = " ".join(c["label"].split())
        print(f"{c['id']:>5}  {c['verdict']:<12} {c['verdict_by'][:10]:<10} {c['slot'] or '(free text)':<21} "
              f"{value[:24]:<24} {c['polarity']:<8} {len(c['claim_ids']):>3}  {label[:70]}")
    print(f"{len(clusters)} clusters")
    return EXIT_OK


def export(config: Config, args: argparse.Namespace) -> int:
    """Write the export in the asked format to --output or standard output."""
    db = connect(config.database_path, readonly=True)
    if args.format == "csv":
        text = export_csv(db)
    else:
        data = export_json(db, config.incident) if args.format == "json" else export_claimreview(db, config.incident, base_url=config.web.public_url)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output} ({args.format})", file=sys.stderr)
    return EXIT_OK


def serve(config: Config, args: argparse.Namespace) -> int:
    """Serve the web front end on waitress, a production WSGI server, until interrupted."""
    import waitress

    from web import create_app

    app = create_app(config)
    print(f"recoupe: serving {config.incident.title!r} on http://{args.host}:{args.port}/ (Ctrl-C to stop)",
          file=sys.stderr)
    waitress.serve(app, host=args.host, port=args.port, threads=8, ident="recoupe")
    return EXIT_OK


def user_add(config: Config, args: argparse.Namespace) -> int:
    """Create an editor account; the password comes from the terminal (asked twice) or one line of stdin."""
    import getpass

    from web.users import UserError, create_user

    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.name}: ")
        if password != getpass.getpass("Again: "):
            print("recoupe: the two passwords differ; nothing was created", file=sys.stderr)
            return EXIT_USAGE
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    db = open_database(config)
    try:
        user = create_user(db, args.name, password, role=args.role)
    except UserError as exc:
        print(f"recoupe: {exc}; nothing was created", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.conn.close()
    print(f"created {user.role} account {user.name!r}")
    return EXIT_OK


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


def send_alerts(db, config: Config) -> None:
    """Queue and deliver the newsroom's alerts after a run; a mail or chat server that is down never fails the run."""
    from claims.alerts import notify

    counts = notify(db, config.alerts, base_url=config.web.public_url, incident=config.incident.title)
    if counts:
        log.info("alerts: %s", ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in sorted(counts.items()) if v))


def not_yet(name: str) -> int:
    print(f"recoupe: `{name}` is not yet available in this version", file=sys.stderr)
    return EXIT_USAGE
