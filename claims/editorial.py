"""Editors' decisions, in one place for the web: review and publishing, claims, relevance, merges, sources, added pages.

The web front end calls these and nothing else to write, so every change an editor makes
is checked the same way and leaves a trace (who, when, old, new, why) in `audit_log`. The
decisions themselves live in claims.editing, one module per kind; the pipeline honours
what they record (published `editor_verdicts`, pinned claims, corrections, relevance).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import Callable, Iterable
from urllib.parse import urlsplit

from sqlite_utils import Database

from aggregator.config import CrawlSettings
from aggregator.crawl import add_page
from aggregator.sources import ensure_manual_source
from claims.grouping.refresh import refresh_clusters
from claims.editing.config import DEFAULT_SIGNATURE
from claims.editing.common import EditorialError, NotAllowed, NotFound, audit, need_reason
from claims.editing.corrections import correct_claim, reject_claim, restore_claim
from claims.editing.history import merge_clusters, split_cluster, undo
from claims.editing.relevance import clear_relevance, set_relevance
from claims.editing.review import (STATUSES, VERDICTS, add_note, assign, draft_verdict, publish, set_status,
                                   withdraw)

__all__ = ["Added", "EditorialError", "NotAllowed", "NotFound", "STATUSES", "UrlRefused", "VERDICTS", "add_note",
           "add_url", "assign", "check_url", "clear_relevance", "clear_verdict", "correct_claim", "draft_verdict", "merge_clusters",
           "publish", "reject_claim", "restore_claim", "set_relevance", "set_source_official", "set_status", "set_verdict",
           "split_cluster", "undo", "withdraw"]

# Kept under their former names for callers of this module.
_reason, _audit = need_reason, audit


def set_verdict(db: Database, cluster_id: int, verdict: str, reason: str, editor: str, *,
                signature: str = DEFAULT_SIGNATURE) -> None:
    """Draft and publish a verdict in one step (scripts, tests; the web goes through the review steps)."""
    draft_verdict(db, cluster_id, verdict, reason, editor=editor)
    publish(db, cluster_id, reason=reason, editor=editor, signature=signature, second_editor=False)


def clear_verdict(db: Database, cluster_id: int, editor: str, reason: str) -> None:
    """Withdraw a published verdict: the computed one applies again."""
    withdraw(db, cluster_id, reason=reason, editor=editor)


class UrlRefused(EditorialError):
    """An added URL that is malformed or points at the local network."""


def set_source_official(db: Database, source_id: int, official: bool, editor: str, reason: str) -> None:
    """Mark a source official (its statements become the reference for verdicts) or not; wins over config."""
    reason = _reason(reason)
    with db.conn:
        row = db.execute("SELECT official FROM sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise NotFound(f"source {source_id} does not exist")
        db.execute("UPDATE sources SET official = ?, official_set_by = ? WHERE id = ?",
                   [int(official), editor, source_id])
        _audit(db, editor, "official", f"source:{source_id}", str(bool(row[0])).lower(),
               str(bool(official)).lower(), reason)
    refresh_clusters(db, everything=True)  # the reference changed: every verdict may change


def check_url(url: str, *, allow_private: bool, resolve: Callable = socket.getaddrinfo) -> str:
    """The URL, stripped, if it is http(s) and its host resolves only to public addresses.

    The fetcher checks every redirect hop again; this early check gives the editor a clear
    refusal instead of a failed run.
    """
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise UrlRefused(f"{url!r} is not a valid address") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UrlRefused("only absolute http:// or https:// addresses can be added")
    if parts.username or parts.password:
        raise UrlRefused("addresses with a user name or password are refused")
    if allow_private:
        return url
    host = parts.hostname
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = resolve(host, port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            raise UrlRefused(f"the host {host} cannot be resolved") from None
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    for address in addresses:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise UrlRefused(f"{host} points to {address}, a private, loopback or link-local address; "
                             "refused (the configuration can allow it: [crawl] allow_private_addresses)")
    return url


@dataclass(frozen=True)
class Added:
    """What adding a page did: the crawl run that fetched it and the article it became, if any."""

    run_id: int
    article_ids: tuple[int, ...]
    status: str
    errors: int


def add_url(db: Database, url: str, *, editor: str, reason: str, settings: CrawlSettings, official: bool = False,
            source_name: str | None = None, process: Callable[[Database, Iterable[int]], object] | None = None,
            client=None) -> Added:
    """Fetch one page now through the crawler (`add_page`), then process its claims with `process`.

    The caller holds the writer lock. The audit row is written after the fetch, in its own
    transaction, since a fetch takes seconds and must not hold the database meanwhile.
    """
    reason = _reason(reason)
    url = check_url(url, allow_private=settings.allow_private_addresses)
    name = (source_name or "").strip() or (urlsplit(url).hostname or url)
    source = ensure_manual_source(db, name, url, official=official)
    report = add_page(db, url, source=source, settings=settings, client=client, guard_private=True)
    article_ids = tuple(sorted(report.article_ids))
    if article_ids and process is not None:
        process(db, article_ids)
    with db.conn:
        _audit(db, editor, "add_url", f"source:{source.id}", None,
               f"{url} -> run {report.run_id}, articles {','.join(map(str, article_ids)) or 'none'}", reason)
    return Added(report.run_id, article_ids, report.status, report.counts["errors"])
