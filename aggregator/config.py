"""The aggregator's configuration sections: the incident, its sources, crawling and storage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from aggregator import __version__
from aggregator.settings import InvalidSetting, setting

DEFAULT_USER_AGENT = f"recoupe/{__version__} (+https://github.com/recoupe/recoupe)"


@dataclass(frozen=True)
class IncidentSettings:
    """[incident]: the one incident this database follows."""

    id: str = setting(help="Short slug naming the incident, used in exports and URLs.")
    title: str = setting(help="Human title of the incident, shown on every page.")
    since: dt.date = setting(
        help="Events reported before this date belong to other incidents (a TOML date, 2025-09-01)."
    )
    description: str = setting(
        "", help="One paragraph describing the incident; articles are compared to it to judge relevance."
    )
    keywords: tuple[str, ...] = setting(
        (), help="Words that make an article a candidate for the incident (case-insensitive)."
    )
    organizations: tuple[str, ...] = setting(
        (), help="The organisations attacked, as claims should name them (\"France Travail\", \"Synnovis\"); "
        "recognised besides the claim profile's own list. A one-word name is matched with its case; a keyword "
        "that is a word of a name, or several of its capitalised words, or its initials in capitals, names it too "
        "(\"Hydro\" for \"Norsk Hydro\", \"Les Bluets\" for \"Hôpital Pierre Rouquès-Les Bluets\", \"HPL\" for "
        "\"Hôpital privé de la Loire\").",
    )
    languages: tuple[str, ...] = setting(
        ("fr", "en"), help="Languages of the coverage; articles in other languages are stored but not analysed."
    )
    profile: str = setting(
        "cyberattack", help="Claim vocabulary to use: a folder name under claims/profiles/."
    )


@dataclass(frozen=True)
class SourceSettings:
    """[[source]]: one feed or page to poll."""

    name: str = setting(help="Display name of the outlet or authority; also its identity in the database.")
    url: str = setting(help="Address of its RSS/Atom feed, or of a single page when kind = \"page\".")
    kind: str = setting("feed", help="\"feed\" (RSS or Atom) or \"page\" (one page, e.g. a communiqué).",
                        choices=("feed", "page"))
    official: bool = setting(
        False, help="True for official communiqués: the reference against which verdicts are computed."
    )

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidSetting("url", f"must be an absolute http:// or https:// address, got {self.url!r}")


@dataclass(frozen=True)
class CrawlSettings:
    """[crawl]: how politely and how hard to fetch."""

    concurrency: int = setting(8, help="Requests in flight at once, across all hosts.")
    per_host_interval: float = setting(
        1.0, help="Minimum seconds between two requests to the same host."
    )
    timeout: float = setting(20.0, help="Seconds before a request that makes no progress is abandoned.")
    deadline: float = setting(
        60.0, help="Seconds a whole request may take, however steadily the server drips its answer; "
        "then it is abandoned like a time-out.",
    )
    max_bytes: int = setting(
        5_000_000, help="Largest body accepted, counted after decompression; larger pages are refused."
    )
    max_redirects: int = setting(5, help="Redirects followed before a page is given up as a loop.")
    user_agent: str = setting(DEFAULT_USER_AGENT, help="User-Agent header sent with every request.")
    respect_robots: bool = setting(True, help="Obey robots.txt (fetched once per host and run).")
    allow_private_addresses: bool = setting(
        False,
        help="Allow URLs added by editors to reach loopback or private addresses (true for the bundled sample).",
    )
    max_new_per_feed: int = setting(
        200, help="New items taken from one feed in one run; a feed listing more is worked through "
        "over the next runs, newest first.",
    )
    revisit_days: float = setting(
        2.0, help="Pages first seen within this many days are re-checked for silent edits with a conditional "
        "GET, on the recheck_hours schedule; older pages only when their feed announces a change.",
    )
    recheck_hours: tuple[float, ...] = setting(
        (1.0, 6.0, 24.0, 48.0), help="Ages (hours since a page last changed) at which it is asked again "
        "whether it changed; past the last one that interval repeats, within revisit_days. A change "
        "restarts the ladder. [] re-checks only what feeds announce.",
    )
    extract_workers: int = setting(
        0, help="Processes used for text extraction; 0 means one per core on large runs."
    )

    def __post_init__(self) -> None:
        for key in ("timeout", "deadline"):
            if getattr(self, key) <= 0:
                raise InvalidSetting(key, f"must be a positive number of seconds, got {getattr(self, key)}")
        if self.max_new_per_feed < 1:
            raise InvalidSetting("max_new_per_feed", f"must be 1 or more, got {self.max_new_per_feed}")
        hours = self.recheck_hours
        if any(h <= 0 for h in hours) or list(hours) != sorted(set(hours)):
            raise InvalidSetting("recheck_hours", f"must be positive hours in increasing order, got {list(hours)}")


@dataclass(frozen=True)
class StorageSettings:
    """[storage]: where the database lives."""

    database: str = setting("recoupe.db", help="SQLite file, relative to the config file's folder.")
    url: str = setting(
        "", help="Instead of database: a PostgreSQL server, postgresql://user:password@host:5432/name, for "
        "several machines; `recoupe crawl` then queues work for `recoupe worker` processes (docs/scaling.md).",
    )

    def __post_init__(self) -> None:
        if self.url and not self.url.startswith(("postgresql://", "postgres://")):
            raise InvalidSetting("url", f"must be a postgresql:// address, got {self.url[:40]!r}; leave it out "
                                 "to use the SQLite file named by database")
