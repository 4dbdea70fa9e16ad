"""Decide from a site's robots.txt whether a URL may be fetched, reading each file once a day.

RFC 9309 (section 2.4) lets a crawler keep a robots.txt for up to 24 hours. A crawl run keeps
the rules of every origin it meets; with a `Memory` (the store: aggregator.shared), the answer
is also kept between runs and between processes, so a cron every 30 minutes, or ten workers
on three machines, ask each site for its robots.txt once a day, not once per run or per
worker. Only real answers are kept: the file, or its absence (HTTP 4xx). A site that could
not be reached is asked again by the next run.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from protego import Protego

MAX_AGE = 24 * 3600.0  # seconds a robots.txt answer is used for (RFC 9309, 2.4)


@dataclass(frozen=True)
class Answer:
    """What asking for robots.txt gave: its text, or None when there is nothing to obey."""

    text: str | None
    lasting: bool = True  # the site's own answer (the file, or its absence), not a failure to reach it


# Given robots.txt's URL, what the site answered.
Loader = Callable[[str], Awaitable[Answer]]


class Memory(Protocol):
    """Where answers outlive a run (aggregator.shared.SharedRobots keeps them in the store)."""

    def recall(self, origin: str, max_age: float) -> tuple[Answer, float] | None:
        """The answer kept for `origin` and its age in seconds, if younger than `max_age`."""

    def keep(self, origin: str, answer: Answer) -> None:
        """Remember the origin's answer from now."""


class RobotsCache:
    """The robots.txt rules of every origin met, each loaded once a day even by concurrent callers."""

    def __init__(self, user_agent: str, *, memory: Memory | None = None, max_age: float = MAX_AGE) -> None:
        self._user_agent = user_agent
        self._memory = memory
        self._max_age = max_age
        self._rules: dict[str, tuple[Protego | None, float]] = {}  # origin -> (rules, monotonic time loaded)
        self._locks: dict[str, asyncio.Lock] = {}

    async def allows(self, url: str, load: Loader) -> bool:
        """Whether our user agent may fetch `url`; `load` fetches robots.txt when no fresh answer is known."""
        origin = origin_of(url)
        # One lock per origin: the first caller loads, the others wait for its result
        # instead of fetching robots.txt again.
        async with self._locks.setdefault(origin, asyncio.Lock()):
            held = self._rules.get(origin)
            if held is None or time.monotonic() - held[1] > self._max_age:
                self._rules[origin] = await self._load(origin, load)
        rules = self._rules[origin][0]
        return rules is None or rules.can_fetch(url, self._user_agent)

    async def _load(self, origin: str, load: Loader) -> tuple[Protego | None, float]:
        kept = self._memory.recall(origin, self._max_age) if self._memory is not None else None
        if kept is not None:
            answer, age = kept
            loaded = time.monotonic() - age
        else:
            answer, loaded = await load(origin + "/robots.txt"), time.monotonic()
            if answer.lasting and self._memory is not None:
                self._memory.keep(origin, answer)
        return (parse_robots(answer.text) if answer.text is not None else None), loaded


def parse_robots(text: str) -> Protego:
    """Rules from robots.txt text, with RFC 9309's * and $ wildcards (`Disallow: /*?`).

    Protego, Scrapy's maintained parser: urllib's compares plain prefixes and would let
    through every URL a wildcard rule forbids.
    """
    return Protego.parse(text)


def origin_of(url: str) -> str:
    """scheme://host[:port]: robots.txt applies to exactly one origin (RFC 9309)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
