"""The verified timeline as an Atom feed: the facts official sources confirmed, newest first."""

from __future__ import annotations

import datetime as dt
import re

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
    # Links from [web] public_url, never from the request's Host header (which anyone can set).
    base = current_app.config["PUBLIC_URL"].rstrip("/")
    body = render_template("feed.xml", entries=entries, updated=updated,
                           feed_id=f"tag:recoupe,2025:{current_app.config['INCIDENT_ID']}",
                           base_url=base, self_url=base + url_for("feed.atom"),
                           home_url=base + url_for("reader.timeline"))
    return xml_safe(body), 200, {"Content-Type": "application/atom+xml; charset=utf-8"}


# Characters XML 1.0 forbids anywhere, even escaped: C0 controls but tab and newlines, lone
# surrogates, U+FFFE and U+FFFF. Crawled text can carry any of them.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """The document without the characters XML forbids, so a feed reader can always parse it."""
    return _NOT_XML.sub("", text)
