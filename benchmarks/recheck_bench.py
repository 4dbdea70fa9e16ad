"""Re-check figures: conditional requests per host per hour that a 30-minute cron sends, before and after the schedule.

The schedule is simulated over a simulated clock with the real policy code
(aggregator.recheck.RecheckPolicy.after_answer, which the crawl's queue calls), so no
time passes and no server is needed. An incident of 2,000 articles, discovered at an even
rate over two days on 20 outlets (one host each); a cron run every 30 minutes for four
days. A few pages are edited silently once, at a random age, which restarts their ladder.

Before: every run re-checked every page first seen within `revisit_days` (two days).
After: a page is re-checked only when its rung falls due (1 h, 6 h, 24 h, 48 h by default).
The figure is the busiest host's busiest hour; the average over the hours of the incident
is in the figure's fields. First fetches of new pages are not counted: both ways pay them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from aggregator.config import CrawlSettings
from aggregator.recheck import RecheckPolicy

T0 = dt.datetime(2025, 9, 10, tzinfo=dt.timezone.utc)
CRON = dt.timedelta(minutes=30)


def incident(articles: int, hosts: int, *, days: float, edited: float, seed: int = 13) -> list[dict]:
    """Pages as discovered: host, first sighting, and the time of a silent edit (or None)."""
    rng = random.Random(seed)
    span = dt.timedelta(days=days)
    pages = []
    for k in range(articles):
        found = T0 + span * (k / articles)
        edit = found + dt.timedelta(hours=rng.uniform(0.5, 36)) if rng.random() < edited else None
        pages.append({"host": k % hosts, "found": found, "edit": edit, "changed_at": None, "step": 0, "due": None,
                      "seen_edit": False})
    return pages


def simulate(pages: list[dict], policy: RecheckPolicy | None, *, days: float) -> Counter:
    """Requests per (host, hour) for re-checks over `days` of cron runs; policy None is the old way."""
    requests: Counter = Counter()
    horizon = dt.timedelta(days=policy.horizon_days if policy else 2.0)
    at, end = T0, T0 + dt.timedelta(days=days)
    fresh = 0  # pages are discovered in order: those before `fresh` are known to the store
    while at < end:
        hour = int((at - T0).total_seconds() // 3600)
        for page in pages[:fresh]:
            if at - page["found"] > horizon:
                continue
            if policy is not None and (page["due"] is None or page["due"] > at):
                continue
            requests[(page["host"], hour)] += 1
            changed = page["edit"] is not None and page["edit"] <= at and not page["seen_edit"]
            page["seen_edit"] |= changed
            if policy is not None:
                page["changed_at"], page["step"], page["due"] = policy.after_answer(
                    changed=changed, changed_at=page["changed_at"], discovered_at=page["found"], step=page["step"],
                    now=at)
        while fresh < len(pages) and pages[fresh]["found"] <= at:  # this run's new pages: a first fetch
            page = pages[fresh]
            if policy is not None:
                page["changed_at"], page["step"], page["due"] = policy.after_answer(
                    changed=True, changed_at=None, discovered_at=page["found"], step=0, now=at)
            fresh += 1
        at += CRON
    return requests


def figures(*, articles: int = 2000, hosts: int = 20, days: float = 4.0) -> dict:
    """`recheck_requests_per_host_hour` (after) with `before` and the ratio in its fields."""
    settings = CrawlSettings()
    policy = RecheckPolicy.from_settings(settings)
    results = {}
    for name, rule in (("before", None), ("after", policy)):
        counts = simulate(incident(articles, hosts, days=2.0, edited=0.05), rule, days=days)
        hours = int(days * 24)
        per_host = [sum(counts[(h, t)] for t in range(hours)) / hours for h in range(hosts)]
        results[name] = {"peak": max(counts.values(), default=0), "mean": sum(per_host) / hosts,
                         "total": sum(counts.values())}
    before, after = results["before"], results["after"]
    return {"recheck_requests_per_host_hour": {
        "value": after["peak"], "unit": "requests/host/h", "n": articles,
        "before": before["peak"], "ratio": round(after["peak"] / before["peak"], 4) if before["peak"] else None,
        "mean_after": round(after["mean"], 2), "mean_before": round(before["mean"], 2),
        "total_after": after["total"], "total_before": before["total"],
        "ladder_hours": list(settings.recheck_hours), "hosts": hosts, "cron_minutes": 30, "days": days,
        "note": f"busiest host-hour, 30-min cron, {articles} articles on {hosts} hosts; before {before['peak']}",
    }}
