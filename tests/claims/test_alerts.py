"""The alert outbox: queued once per event, delivered to a local webhook and a local SMTP server, never lost nor doubled."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from claims.alerts import notify
from claims.alerts.config import AlertSettings
from claims.alerts.deliver import deliver
from claims.alerts.outbox import scan
from claims.pipeline import run_pipeline
from tests.claims.seed import INCIDENT, SETTINGS, add_article
from tests.claims.test_pipeline import OFFICIAL, PRESS

BASE = "https://recoupe.example"


class Receiver:
    """A local webhook: records each JSON body; answers `status` (500 to make a delivery fail)."""

    def __init__(self) -> None:
        self.posts: list[dict] = []
        self.status = 200
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if outer.status == 200:
                    outer.posts.append({"body": json.loads(body), "id": self.headers["X-Recoupe-Alert"]})
                self.send_response(outer.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


class Mailbox:
    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope.content.decode("utf-8", "replace"))
        return "250 OK"

    def __init__(self) -> None:
        self.messages: list[str] = []


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.server.shutdown()
    r.server.server_close()


@pytest.fixture
def mailbox():
    box = Mailbox()
    with socket.socket() as probe:  # aiosmtpd checks its own port once started: it needs a real one
        probe.bind(("127.0.0.1", 0))
        box.port = probe.getsockname()[1]
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    yield box
    controller.stop()


def settings(receiver=None, mailbox=None, **kw) -> AlertSettings:
    return AlertSettings(webhook_url=receiver.url if receiver else "", smtp_host="127.0.0.1" if mailbox else "",
                         smtp_port=mailbox.port if mailbox else 25, smtp_to=("desk@example.org",) if mailbox else (),
                         **kw)


def pipeline(db, embedder):
    assert run_pipeline(db, incident=INCIDENT, settings=SETTINGS, embedder=embedder).ok


def test_events_after_the_baseline_reach_the_webhook_and_the_mail_once(db, real_embedder, receiver, mailbox):
    conf = settings(receiver, mailbox)
    pipeline(db, real_embedder)
    assert notify(db, conf, base_url=BASE, incident="GRADeS")["queued"] == 0  # the baseline: nothing sent
    add_article(db, "La Gazette", PRESS, published="2025-09-10")
    pipeline(db, real_embedder)
    notify(db, conf, base_url=BASE, incident="GRADeS")
    assert receiver.posts == [] and mailbox.messages == []  # no official word yet: nothing contradicted
    add_article(db, "ARS Normandie", OFFICIAL, official=True, published="2025-09-09")
    pipeline(db, real_embedder)
    counts = notify(db, conf, base_url=BASE, incident="GRADeS")
    texts = [p["body"]["text"] for p in receiver.posts]
    assert any("ARS Normandie a publié" in t for t in texts)
    assert counts["webhook_sent"] == len(texts) and counts["email_sent"] == len(texts)
    assert all(t.startswith("[GRADeS] ") and BASE in t for t in texts)
    assert len(mailbox.messages) == 1 and "ARS Normandie a publi" in mailbox.messages[0]
    notify(db, conf, base_url=BASE, incident="GRADeS")  # nothing new, nothing re-sent
    assert len(receiver.posts) == len(texts) and len(mailbox.messages) == 1


def test_a_contradicted_claim_and_a_new_dispute_are_alerted(db, real_embedder, receiver):
    conf = settings(receiver, language="en")
    add_article(db, "ARS Normandie", OFFICIAL, official=True, published="2025-09-09")
    pipeline(db, real_embedder)
    notify(db, conf, base_url=BASE, incident="GRADeS")
    add_article(db, "La Gazette", PRESS, published="2025-09-10")
    pipeline(db, real_embedder)
    notify(db, conf, base_url=BASE, incident="GRADeS")
    kinds = {p["body"]["kind"] for p in receiver.posts}
    assert "contradicted" in kinds
    assert any("Contradicted by an official source" in p["body"]["text"] for p in receiver.posts)
    with db.transaction():  # a dispute opens: the rules' outcome, written as the upkeep writes it
        db.execute("UPDATE clusters SET computed_verdict = 'disputed' WHERE id = (SELECT min(id) FROM clusters "
                   "WHERE claim_count > 0 AND merged_into IS NULL)")
    notify(db, conf, base_url=BASE, incident="GRADeS")
    assert [p["body"]["kind"] for p in receiver.posts].count("dispute") == 1
    notify(db, conf, base_url=BASE, incident="GRADeS")
    assert [p["body"]["kind"] for p in receiver.posts].count("dispute") == 1


def test_a_failing_webhook_is_retried_later_without_duplicates(db, receiver):
    conf = settings(receiver)
    scan(db, channels=conf.channels, base_url=BASE)
    _official(db)
    assert scan(db, channels=conf.channels, base_url=BASE) == 1
    receiver.status = 500
    assert deliver(db, conf)["webhook_failed"] == 1
    receiver.status = 200
    assert deliver(db, conf)["webhook_sent"] == 0  # it waits its turn (a minute) before the next try
    with db.transaction():
        db.execute("UPDATE alert_deliveries SET next_attempt_at = '2000-01-01T00:00:00+00:00'")
    assert deliver(db, conf)["webhook_sent"] == 1
    assert deliver(db, conf)["webhook_sent"] == 0
    assert len(receiver.posts) == 1
    assert db.execute("SELECT state, attempts FROM alert_deliveries").fetchone() == ("sent", 2)


def _official(db):
    article = add_article(db, "ARS Bretagne", "Communiqué sur la cyberattaque du GRADeS.", official=True)
    with db.transaction():
        db.execute("INSERT INTO article_scope (article_id, article_version, extractor_version, in_incident, "
                   "relevance, reason, processed_at) VALUES (?, 1, 't', 1, 1.0, 't', 't')", [article])
    return article


CRASH = """
import os, sys
from aggregator.store import open_store
from claims.migrations import all_migrations
from claims.alerts.outbox import scan
db = open_store(sys.argv[1], all_migrations())
print(scan(db, channels=("webhook",), base_url="https://recoupe.example"), flush=True)
os._exit(9)   # killed between queueing and delivery
"""


def test_a_crash_between_queueing_and_delivery_loses_nothing_and_sends_once(db, tmp_path, receiver):
    conf = settings(receiver)
    scan(db, channels=conf.channels, base_url=BASE)
    _official(db)
    path = str(db.target)
    done = subprocess.run([sys.executable, "-c", CRASH, path], capture_output=True, text=True, timeout=60)
    assert done.returncode == 9 and done.stdout.strip() == "1", done.stderr
    assert receiver.posts == []
    assert deliver(db, conf)["webhook_sent"] == 1
    assert deliver(db, conf)["webhook_sent"] == 0
    assert len(receiver.posts) == 1


def test_a_delivery_claimed_by_a_process_that_died_is_sent_again_with_the_same_id(db, receiver):
    conf = settings(receiver)
    scan(db, channels=conf.channels, base_url=BASE)
    _official(db)
    scan(db, channels=conf.channels, base_url=BASE)
    with db.transaction():  # a process took it, then died before sending
        db.execute("UPDATE alert_deliveries SET state = 'sending', claimed_at = '2000-01-01T00:00:00+00:00'")
    assert deliver(db, conf)["webhook_sent"] == 1
    alert_id = db.execute("SELECT id FROM alerts WHERE baseline = 0").fetchone()[0]
    assert [p["id"] for p in receiver.posts] == [str(alert_id)]
    with db.transaction():  # one claimed a moment ago belongs to a live process: left alone
        db.execute("UPDATE alert_deliveries SET state = 'sending', claimed_at = ?",
                   [time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())])
    assert deliver(db, conf)["webhook_sent"] == 0


def test_settings_refuse_a_digest_with_nobody_to_read_it():
    from aggregator.settings import InvalidSetting
    with pytest.raises(InvalidSetting):
        AlertSettings(smtp_host="127.0.0.1")
    with pytest.raises(InvalidSetting):
        AlertSettings(webhook_url="ftp://x")
    assert AlertSettings().channels == ()
