"""Alerts for the newsroom: events noticed after each run, queued in the database (an outbox), delivered with retries.

`outbox.scan` notices what happened (a new claim contradicted by an official source, a new
dispute, an official publication) and queues one alert per event in the same transaction
that moves its watermarks; `deliver.deliver` posts them to a webhook and/or mails a digest.
"""

from __future__ import annotations

from collections import Counter

from sqlite_utils import Database

from claims.alerts.config import AlertSettings


def notify(db: Database, settings: AlertSettings, *, base_url: str, incident: str) -> Counter:
    """After a run: queue what happened, then deliver what is due (this run's and earlier failures); no-op when off."""
    from claims.alerts.deliver import deliver
    from claims.alerts.outbox import scan

    if not settings.channels:
        return Counter()
    counts = Counter(queued=scan(db, channels=settings.channels, base_url=base_url, language=settings.language))
    return counts + deliver(db, settings, incident=incident)
