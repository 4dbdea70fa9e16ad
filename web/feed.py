"""The verified timeline as an Atom feed: the facts official sources confirmed, newest first."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, current_app, render_template, url_for

from claims.views import reading
from web.db import get_db

bp = Blueprint("feed", __name__)

FEED_SIZE = 50  # the latest confirmations; feed readers keep what they have seen


def rfc3339(value: str | None) -> str:
    """Atom wants full timestamps; stored dates may be days ("2025-09-09") or naive times."""
    try:
        parsed = dt.datetime.fromisoformat(value or "")
    except ValueError:
        return "1970-01-01T00:00:00+00:00"
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.isoformat(timespec="seconds")


@bp.app_template_filter("rfc3339")
def _rfc3339_filter(value: str | None) -> str:
    return rfc3339(value)


@bp.route("/feed.atom")
def atom():
    """The latest confirmations only: a feed is read without the page's context, so it carries nothing unverified."""
    entries = [{"date": c["first_confirmed"], "cluster": c} for c in reading.latest_confirmed(get_db(), limit=FEED_SIZE)]
    updated = max((rfc3339(e["cluster"]["updated_at"]) for e in entries), default=rfc3339(None))
    body = render_template("feed.xml", entries=entries, updated=updated,
                           feed_id=f"tag:recoupe,2025:{current_app.config['INCIDENT_ID']}",
                           self_url=url_for("feed.atom", _external=True),
                           home_url=url_for("reader.timeline", _external=True))
    return body, 200, {"Content-Type": "application/atom+xml; charset=utf-8"}
