"""One function per command: open what the command needs, call the orchestrators, report, return an exit code."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
from urllib.parse import urlsplit

from aggregator.runs import run_errors
from aggregator.store import Busy, StoreError, connect, open_store, writer_lock
from claims import jobs
from claims.editing.decisions import EditorialError
from recoupe.config import Config
from web.db import all_migrations
from recoupe.progress import Progress

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def open_database(config: Config):
    """The database for writing, every package's schema brought up to date (search indexes included)."""
    return open_store(config.store, all_migrations())


def cli_editor() -> str:
    """Who acts from the command line, as the audit log records it: the system account."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def crawl(config: Config, args: argparse.Namespace) -> int:
    """Run the whole pipeline once under the writer lock: crawl, then claims, clusters and verdicts.

    With a PostgreSQL store the work is queued for `recoupe worker` processes instead.
    """
    if config.distributed:
        return _queue_crawl(config)
    started = process_age()
    with writer_lock(config.store):
        db = open_database(config)
        tty = sys.stderr.isatty()
        with Progress("pages", enabled=tty) as pages, Progress("articles", enabled=tty) as articles:
            report = jobs.crawl_and_analyse(db, sources=config.sources, crawl=config.crawl,
                                            incident=config.incident, claims=config.claims,
                                            crawl_progress=pages.update, claims_progress=articles.update)
        stages = report.stages
        stages["imports"] += started
        # What a scheduled run paid, stage by stage: in cron's log (INFO), and on a terminal with -v.
        log.info("run %d stage seconds: %s", report.run_id, " ".join(
            f"{name}={stages[name]:.2f}" for name in STAGES if name in stages))
        return _reported(db, config, report)


STAGES = ("imports", "fetch", "extraction", "model", "claims", "embedding", "upkeep")


def process_age() -> float:
    """Seconds since this process started (interpreter start and imports), from /proc; 0 where there is none."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    return max(0.0, now - ticks / os.sysconf("SC_CLK_TCK"))


def _queue_crawl(config: Config) -> int:
    """Queue one run's worth of jobs (claims.queue.plan) and return at once: the workers do them."""
    from claims.queue.app import ensure_schema, make_app
    from claims.queue.plan import queue_crawl

    db = open_database(config)
    try:
        ensure_schema(config.storage.url)
        app = make_app(config.storage.url)
        with app.open():
            run_id, counts = queue_crawl(db, config)
    finally:
        db.close()
    print(f"crawl #{run_id} queued for the workers: {counts['feeds_queued']} feeds to poll, "
          f"{counts['pages_queued']} pages to fetch, {counts['analyses_queued']} articles to analyse"
          + (", clusters to settle" if counts["settles_queued"] else ""))
    return EXIT_OK


def worker(config: Config, args: argparse.Namespace) -> int:
    """Take jobs from the queue until stopped (SIGTERM, Ctrl-C); PostgreSQL store only."""
    if not config.distributed:
        print(f"recoupe: `worker` needs a PostgreSQL store: set [storage] url = \"postgresql://...\" in "
              f"{config.path} (with the SQLite file, `recoupe crawl` does all the work itself)", file=sys.stderr)
        return EXIT_USAGE
    from claims.queue.worker import run

    open_database(config).close()
    queues = [q.strip() for q in args.queues.split(",") if q.strip()] if args.queues else None
    print(f"recoupe: worker taking {', '.join(queues) if queues else 'every'} queue (Ctrl-C to stop)",
          file=sys.stderr)
    run(config, queues=queues, concurrency=args.concurrency)
    return EXIT_OK


def _reported(db, config: Config, report: jobs.JobReport) -> int:
    """One summary line on stdout, each error on stderr's log; the exit code the contract gives."""
    print(report.summary())
    for message in run_errors(db, report.run_id):
        log.warning("run %d: %s", report.run_id, message)
    send_alerts(db, config)
    return EXIT_OK if report.ok else EXIT_ERRORS


def add(config: Config, args: argparse.Namespace) -> int:
    """Fetch one page by hand; an official page becomes reference material for verdicts at once.

    The operator at the command line acts as an admin (they can edit config.toml anyway);
    the audit log names their system account.
    """
    parts = urlsplit(args.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        print(f"recoupe: {args.url!r} is not an http:// or https:// address", file=sys.stderr)
        return EXIT_USAGE
    with writer_lock(config.store):
        db = open_database(config)
        try:
            report = jobs.add_and_analyse(db, args.url, editor=cli_editor(), admin=True,
                                          reason="added with `recoupe add`", crawl=config.crawl,
                                          incident=config.incident, claims=config.claims,
                                          official=args.official, source_name=args.source)
        except jobs.PermissionRefused as exc:
            print(f"recoupe: {exc}; nothing was fetched", file=sys.stderr)
            return EXIT_USAGE
        except EditorialError as exc:
            print(f"recoupe: {exc}; nothing was fetched", file=sys.stderr)
            return EXIT_ERRORS
        code = _reported(db, config, report)
        if not report.ok:
            for message in run_errors(db, report.run_id):
                print(f"recoupe: {message}", file=sys.stderr)
        return code


def reprocess(config: Config, args: argparse.Namespace) -> int:
    """Re-extract and re-cluster every stored article under the writer lock; editors' decisions stay."""
    with writer_lock(config.store):
        db = open_database(config)
        with Progress("articles", enabled=sys.stderr.isatty()) as progress:
            report = jobs.reprocess(db, incident=config.incident, claims=config.claims, progress=progress.update)
        print(report.claims.summary())
        for message in run_errors(db, report.run_id):
            print(f"recoupe: {message}", file=sys.stderr)
        send_alerts(db, config)
        return EXIT_OK if report.ok else EXIT_ERRORS


def claims(config: Config, args: argparse.Namespace) -> int:
    """List clusters and verdicts, as a table for people or JSON (the export's cluster objects) for scripts."""
    from claims.views.export import cluster_objects

    db = connect(config.store, readonly=True)
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
    from claims.views.export import export_claimreview, export_csv, export_json

    db = connect(config.store, readonly=True)
    if args.format == "csv":
        text = export_csv(db)
    else:
        data = export_json(db, config.incident) if args.format == "json" else export_claimreview(db, config.incident, base_url=config.web.public_url)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    # CSV starts with a UTF-8 byte order mark: spreadsheets then read "Île-de-France" right.
    encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
    if args.output is None:
        sys.stdout.buffer.write(text.encode(encoding))
        sys.stdout.flush()
    else:
        args.output.write_text(text, encoding=encoding)
        print(f"wrote {args.output} ({args.format})", file=sys.stderr)
    return EXIT_OK


def serve(config: Config, args: argparse.Namespace) -> int:
    """Serve the web front end on waitress, a production WSGI server, until interrupted (recoupe.serving)."""
    from recoupe import serving

    processes = getattr(args, "processes", 1)
    if processes < 1 or processes > 64:
        print("recoupe: --processes takes 1 to 64", file=sys.stderr)
        return EXIT_USAGE
    try:  # a taken port is told here, in words, before any process starts
        serving.listening_socket(args.host, args.port, shared=processes > 1).close()
    except OSError as exc:
        print(f"recoupe: cannot listen on {args.host}:{args.port} ({exc.strerror}); choose another --port "
              "or stop what uses it", file=sys.stderr)
        return EXIT_ERRORS
    print(f"recoupe: serving {config.incident.title!r} on http://{args.host}:{args.port}/ with {processes} "
          f"process{'es' if processes > 1 else ''} (Ctrl-C to stop)", file=sys.stderr)
    if processes == 1:
        serving.serve_one(config, args.host, args.port)
        return EXIT_OK
    return EXIT_OK if serving.serve_many(config, args.host, args.port, processes) == 0 else EXIT_ERRORS


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
        db.close()
    print(f"created {user.role} account {user.name!r}")
    return EXIT_OK


# `schedule --every 1` used to mean a crawl a second: no incident needs that, and every outlet
# would see us as an attack. Shorter intervals are raised to this, with a warning.
MIN_INTERVAL_S = 60.0


def schedule(config: Config, args: argparse.Namespace) -> int:
    """Start a crawl every `--every` seconds (one minute at least), in the foreground, until interrupted.

    A crawl that overruns the interval delays the next one instead of overlapping it; a
    failing crawl is reported and the schedule goes on. When another process holds the
    writer lock (a second scheduler, a cron crawl), the turn is skipped with one log line.
    """
    every = args.every
    floor = getattr(args, "floor", None) or MIN_INTERVAL_S
    if every < floor:
        log.warning("--every %g s is shorter than the %g s floor; crawling every %g s", every, floor, floor)
        print(f"recoupe: --every raised to {floor:g} s, the shortest interval allowed", file=sys.stderr)
        every = floor
    runs = 0
    while True:
        started = time.monotonic()
        try:
            code = crawl(config, args)
        except Busy as exc:
            log.warning("scheduled crawl skipped: %s", exc)
            code = EXIT_ERRORS
        except StoreError as exc:
            log.error("scheduled crawl failed: %s", exc)
            code = EXIT_ERRORS
        except Exception as exc:  # one broken run must not end an unattended schedule
            log.error("scheduled crawl failed: %s: %s", type(exc).__name__, exc, exc_info=log.isEnabledFor(logging.DEBUG))
            code = EXIT_ERRORS
        runs += 1
        if args.max_runs is not None and runs >= args.max_runs:
            return code
        wait = max(0.0, every - (time.monotonic() - started))
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
