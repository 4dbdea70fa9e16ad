"""Decide from a site's robots.txt whether a URL may be fetched, reading each file once."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from protego import Protego

# Given robots.txt's URL, its text, or None when there is none to obey (missing, or unreachable).
Loader = Callable[[str], Awaitable[str | None]]


class RobotsCache:
    """The robots.txt rules of every origin met, each loaded once even by concurrent callers."""

    def __init__(self, user_agent: str) -> None:
        self._user_agent = user_agent
        self._rules: dict[str, Protego | None] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def allows(self, url: str, load: Loader) -> bool:
        """Whether our user agent may fetch `url`; `load` fetches robots.txt on first use."""
        origin = origin_of(url)
        # One lock per origin: the first caller loads, the others wait for its result
        # instead of fetching robots.txt again.
        async with self._locks.setdefault(origin, asyncio.Lock()):
            if origin not in self._rules:
                text = await load(origin + "/robots.txt")
                self._rules[origin] = parse_robots(text) if text is not None else None
        rules = self._rules[origin]
        return rules is None or rules.can_fetch(url, self._user_agent)


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
