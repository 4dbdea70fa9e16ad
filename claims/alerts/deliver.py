"""Deliver queued alerts: one JSON post per alert to the webhook, one e-mail digest of all due alerts.

Each delivery is claimed before it is sent (state `sending`, one UPDATE that only one
process can win), and marked `sent` right after the server accepts it, so two processes
never send the same alert and a crash before sending loses nothing: a claim older than
STALE is given back to the queue. The one window left, a crash after the server accepted
and before the mark is written, re-sends the alert with the same id (the webhook's
`X-Recoupe-Alert` header and `id` field, the e-mail's Message-ID), which receivers can drop.
Failures wait 1, 2, 4... minutes before the next try, up to `max_attempts`.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections import Counter
from email.message import EmailMessage

import httpx
from sqlite_utils import Database

from aggregator.store import now
from claims.alerts.config import AlertSettings

log = logging.getLogger(__name__)

STALE = dt.timedelta(minutes=10)


def _later(minutes: float) -> str:
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)).isoformat(timespec="seconds")


def _release_stale(db: Database) -> None:
    cutoff = (dt.datetime.now(dt.timezone.utc) - STALE).isoformat(timespec="seconds")
    with db.transaction():
        db.execute("UPDATE alert_deliveries SET state = 'pending' WHERE state = 'sending' AND claimed_at < ?",
                   [cutoff])


def _claim(db: Database, channel: str) -> list[dict]:
    """Take every due delivery of a channel for this process; returns them with their alerts."""
    stamp = now()
    with db.transaction():
        due = [r[0] for r in db.execute("SELECT alert_id FROM alert_deliveries WHERE channel = ? AND state = 'pending' "
                                        "AND next_attempt_at <= ? ORDER BY alert_id", [channel, stamp])]
        mine = [i for i in due if db.execute(
            "UPDATE alert_deliveries SET state = 'sending', claimed_at = ?, attempts = attempts + 1 "
            "WHERE alert_id = ? AND channel = ? AND state = 'pending'", [stamp, i, channel]).rowcount]
    if not mine:
        return []
    return list(db.query(f"SELECT a.id, a.key, a.kind, a.text, a.body, a.created_at, d.attempts FROM alerts a "
                         f"JOIN alert_deliveries d ON d.alert_id = a.id AND d.channel = ? "
                         f"WHERE a.id IN ({', '.join('?' * len(mine))}) ORDER BY a.id", [channel, *mine]))


def _done(db: Database, channel: str, ids: list[int]) -> None:
    with db.transaction():
        db.executemany("UPDATE alert_deliveries SET state = 'sent', sent_at = ?, last_error = NULL "
                            "WHERE alert_id = ? AND channel = ?", [(now(), i, channel) for i in ids])


def _failed(db: Database, channel: str, alerts: list[dict], error: str, settings: AlertSettings) -> None:
    with db.transaction():
        for alert in alerts:
            final = alert["attempts"] >= settings.max_attempts
            db.execute("UPDATE alert_deliveries SET state = ?, next_attempt_at = ?, last_error = ? "
                       "WHERE alert_id = ? AND channel = ?",
                       ["failed" if final else "pending", _later(2 ** (alert["attempts"] - 1)), error[:500],
                        alert["id"], channel])


def deliver(db: Database, settings: AlertSettings, *, client: httpx.Client | None = None,
            incident: str = "Recoupe") -> Counter:
    """Send what is due on every configured channel; never raises for a server that is down."""
    counts: Counter = Counter()
    _release_stale(db)
    if settings.webhook_url:
        for alert in _claim(db, "webhook"):
            try:
                _post(settings, alert, incident, client)
            except (httpx.HTTPError, OSError) as exc:
                log.warning("alert %d: webhook failed: %s", alert["id"], exc)
                _failed(db, "webhook", [alert], f"{type(exc).__name__}: {exc}", settings)
                counts["webhook_failed"] += 1
                continue
            _done(db, "webhook", [alert["id"]])
            counts["webhook_sent"] += 1
    if settings.smtp_host:
        alerts = _claim(db, "email")
        if alerts:
            try:
                _mail(settings, alerts, incident)
            except (smtplib.SMTPException, OSError) as exc:
                log.warning("alerts %s: e-mail failed: %s", [a["id"] for a in alerts], exc)
                _failed(db, "email", alerts, f"{type(exc).__name__}: {exc}", settings)
                counts["email_failed"] += len(alerts)
            else:
                _done(db, "email", [a["id"] for a in alerts])
                counts["email_sent"] += len(alerts)
    return counts


def _post(settings: AlertSettings, alert: dict, incident: str, client: httpx.Client | None) -> None:
    payload = {"text": f"[{incident}] {alert['text']}", "id": alert["id"], "key": alert["key"],
               "kind": alert["kind"], "created_at": alert["created_at"]}
    headers = {"X-Recoupe-Alert": str(alert["id"])}
    if client is None:
        with httpx.Client(timeout=settings.timeout) as own:
            response = own.post(settings.webhook_url, json=payload, headers=headers)
    else:
        response = client.post(settings.webhook_url, json=payload, headers=headers)
    response.raise_for_status()


def _mail(settings: AlertSettings, alerts: list[dict], incident: str) -> None:
    message = EmailMessage()
    message["Subject"] = f"[{incident}] {len(alerts)} alert(s)" if settings.language == "en" \
        else f"[{incident}] {len(alerts)} alerte(s)"
    message["From"] = settings.smtp_from
    message["To"] = ", ".join(settings.smtp_to)
    ids = "-".join(str(a["id"]) for a in alerts)
    message["Message-ID"] = f"<recoupe-alerts-{ids}@recoupe.local>"  # the same on a re-send: receivers drop it
    message.set_content("\n\n".join(f"{a['created_at']}\n{a['body']}" for a in alerts) + "\n")
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.timeout) as smtp:
        smtp.send_message(message)
