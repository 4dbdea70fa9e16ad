"""When to ask a page again whether it changed: a schedule that thins out with each unchanged answer.

A page is re-checked for silent edits (a conditional GET: a 304 costs the outlet almost
nothing, but it is still a request) at fixed ages since it last changed, for example 1 h,
6 h, 24 h and 48 h; past the last step that interval repeats, until the page is older
than the horizon (`revisit_days` since it was first seen). A change found restarts the
ladder from its first step. A feed that announces a change (a new updated date) still
queues the page at once: that costs the outlet nothing more than the feed poll.

Before this schedule every run re-checked every page of the last two days, so a 30-minute
cron on a busy incident asked the same hosts thousands of times an hour (the figures are
in docs/benchmarks.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_HOURS = (1.0, 6.0, 24.0, 48.0)


@dataclass(frozen=True)
class RecheckPolicy:
    """The ladder of ages (hours since the last change) at which a page is asked again, and the horizon."""

    hours: tuple[float, ...] = DEFAULT_HOURS
    horizon_days: float = 2.0

    @classmethod
    def from_settings(cls, settings) -> "RecheckPolicy":
        return cls(hours=tuple(settings.recheck_hours), horizon_days=settings.revisit_days)

    def age(self, step: int) -> dt.timedelta | None:
        """How long after the last change the `step`-th re-check falls (0-based); None with no ladder."""
        if not self.hours:
            return None
        last = len(self.hours) - 1
        hours = self.hours[step] if step <= last else self.hours[last] * (step - last + 1)
        return dt.timedelta(hours=hours)

    def next_check(self, *, changed_at: dt.datetime, discovered_at: dt.datetime, step: int,
                   now: dt.datetime) -> tuple[int, dt.datetime | None]:
        """The first step at or after `step` still ahead of `now`, and when it falls (None: never again).

        Steps a late run has already passed are skipped rather than caught up one run at a
        time; nothing is due past the horizon.
        """
        horizon = discovered_at + dt.timedelta(days=self.horizon_days)
        while True:
            age = self.age(step)
            if age is None:
                return step, None
            due = changed_at + age
            if due > horizon:
                return step, None
            if due > now:
                return step, due
            step += 1

    def after_answer(self, *, changed: bool, changed_at: dt.datetime | None, discovered_at: dt.datetime,
                     step: int, now: dt.datetime) -> tuple[dt.datetime, int, dt.datetime | None]:
        """(changed_at, step, next re-check or None) for a page that just answered at `now`.

        A changed text (or a page never stored before) restarts the ladder; an unchanged
        answer moves it one rung up.
        """
        if changed or changed_at is None:
            changed_at, step = now, 0
        else:
            step += 1
        step, due = self.next_check(changed_at=changed_at, discovered_at=discovered_at, step=step, now=now)
        return changed_at, step, due


def parse_time(value: str | None) -> dt.datetime | None:
    """A stored ISO time as an aware datetime (stored times are UTC with their offset)."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def stamp(value: dt.datetime) -> str:
    """As every time is stored: ISO 8601, seconds, UTC offset."""
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
