"""Bounds on what comes from outside: dates, delays and counts a server or a page states.

Everything a feed, a header or a page says is hostile until bounded: a Retry-After of
999999999999 s overflows date arithmetic, a pubDate in year 9999 or 0001 breaks every later
computation on that article. Each value is clamped (or dropped) once, where it enters, so
nothing downstream has to be defensive about it.
"""

from __future__ import annotations

import datetime as dt

# A server may ask us to wait, but not for longer than this; we try again after it.
MAX_RETRY_AFTER_S = 24 * 3600.0
# Dates before this are not news about a current incident (and too early for some date code).
EARLIEST_DATE = dt.datetime(1990, 1, 1, tzinfo=dt.timezone.utc)
# Clocks drift and time zones are mislabelled, but a publication date a week ahead is a lie.
FUTURE_SLACK = dt.timedelta(days=7)


def retry_after(seconds: float | None) -> float | None:
    """A Retry-After delay clamped to [0, MAX_RETRY_AFTER_S]; None stays None (NaN too)."""
    if seconds is None or seconds != seconds:
        return None
    return min(max(0.0, float(seconds)), MAX_RETRY_AFTER_S)


def plausible_date(value: str | None, *, now: dt.datetime | None = None) -> str | None:
    """An ISO date or date-time as given, or None when it cannot be parsed or lies outside
    [1990-01-01, now + 7 days]: such a date is noise, and the feed's or first sighting's date
    serves better than a wrong one."""
    if not value:
        return None
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    try:
        if parsed < EARLIEST_DATE or parsed > now + FUTURE_SLACK:
            return None
    except OverflowError:
        return None
    return text
