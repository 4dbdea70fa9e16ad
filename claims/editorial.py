"""Editors' decisions: verdicts, merges, splits, official sources, added pages; each one transaction with its audit row.

The web front end calls these and nothing else to write, so every change an editor makes
is checked the same way and leaves a trace (who, when, old, new, why) in `audit_log`.
The pipeline honours what they record: `editor_verdicts` rows and claims with `pinned_cluster`.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from dataclasses import dataclass
from typing import Callable, Iterable
from urllib.parse import urlsplit

from sqlite_utils import Database

from aggregator.config import CrawlSettings
from aggregator.crawl import add_page
from aggregator.sources import ensure_manual_source
from aggregator.store import now
from claims.grouping.reasons import parse
from claims.grouping.refresh import editor_reason, refresh_clusters

VERDICTS = ("confirmed", "contradicted", "disputed", "unverified")
REASON_MAX = 2000


class EditorialError(ValueError):
    """A decision that cannot be applied; the message is shown to the editor as it is."""


class NotFound(EditorialError):
    """The cluster, claim or source named does not exist (or was merged away)."""


class UrlRefused(EditorialError):
    """An added URL that is malformed or points at the local network."""


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise EditorialError("give a reason: readers and other editors see it")
    return reason[:REASON_MAX]


def _audit(db: Database, editor: str, action: str, target: str, old: str | None, new: str | None,
           reason: str | None) -> None:
    db.execute("INSERT INTO audit_log (at, editor, action, target, old, new, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [now(), editor, action, target, old, new, reason])


def _live_cluster(db: Database, cluster_id: int) -> dict:
    row = db.execute("SELECT id, key, slot, value, polarity, verdict, verdict_by, computed_verdict, merged_into "
                     "FROM clusters WHERE id = ?", [cluster_id]).fetchone()
    if row is None or row[8] is not None:
        raise NotFound(f"cluster {cluster_id} does not exist or was merged into another")
    keys = ("id", "key", "slot", "value", "polarity", "verdict", "verdict_by", "computed_verdict", "merged_into")
    return dict(zip(keys, row))


def _recount(db: Database, cluster_id: int) -> None:
    """Keep a cluster's counts and first sighting true after claims move in or out."""
    db.execute(
        "UPDATE clusters SET claim_count = (SELECT count(*) FROM claims WHERE cluster_id = :id), "
        "source_count = (SELECT count(DISTINCT a.source_id) FROM claims c JOIN articles a ON a.id = c.article_id "
        "WHERE c.cluster_id = :id), "
        "first_seen = (SELECT min(COALESCE(a.published, a.first_seen)) FROM claims c "
        "JOIN articles a ON a.id = c.article_id WHERE c.cluster_id = :id), updated_at = :at WHERE id = :id",
        {"id": cluster_id, "at": now()},
    )


def _computed_reason(db: Database, cluster_id: int) -> dict:
    """The reason the rules gave, under an editor's if there is one."""
    data = parse(db.execute("SELECT reason FROM clusters WHERE id = ?", [cluster_id]).fetchone()[0])
    return data.get("computed", {}) if data.get("code") == "editor" else data


def set_verdict(db: Database, cluster_id: int, verdict: str, reason: str, editor: str) -> None:
    """Override a cluster's computed verdict; the override survives crawls and reprocessing."""
    if verdict not in VERDICTS:
        raise EditorialError(f"unknown verdict {verdict!r}; choose one of {', '.join(VERDICTS)}")
    reason = _reason(reason)
    with db.conn:
        cluster = _live_cluster(db, cluster_id)
        db.execute("INSERT INTO editor_verdicts (cluster_id, verdict, reason, editor, at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(cluster_id) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason, "
                   "editor = excluded.editor, at = excluded.at", [cluster_id, verdict, reason, editor, now()])
        at = now()
        data = editor_reason(editor, reason, at, _computed_reason(db, cluster_id))
        db.execute("UPDATE clusters SET verdict = ?, verdict_by = ?, verdict_note = ?, reason = ?, updated_at = ? "
                   "WHERE id = ?", [verdict, editor, reason, json.dumps(data, ensure_ascii=False), at, cluster_id])
        _audit(db, editor, "verdict", f"cluster:{cluster_id}", f"{cluster['verdict']} ({cluster['verdict_by']})",
               verdict, reason)


def clear_verdict(db: Database, cluster_id: int, editor: str, reason: str) -> None:
    """Drop an editor's override: the computed verdict applies again."""
    reason = _reason(reason)
    with db.conn:
        cluster = _live_cluster(db, cluster_id)
        db.execute("DELETE FROM editor_verdicts WHERE cluster_id = ?", [cluster_id])
        computed = _computed_reason(db, cluster_id)
        db.execute("UPDATE clusters SET verdict = computed_verdict, verdict_by = 'computed', verdict_note = NULL, "
                   "reason = ?, updated_at = ? WHERE id = ?",
                   [json.dumps(computed, ensure_ascii=False) if computed else None, now(), cluster_id])
        _audit(db, editor, "verdict", f"cluster:{cluster_id}", f"{cluster['verdict']} ({cluster['verdict_by']})",
               f"{cluster['computed_verdict']} (computed)", reason)


def merge_clusters(db: Database, source_id: int, target_id: int, editor: str, reason: str) -> None:
    """Move every claim of `source_id` into `target_id`, pinned there so re-clustering keeps them."""
    reason = _reason(reason)
    if source_id == target_id:
        raise EditorialError("a cluster cannot be merged into itself")
    with db.conn:
        _live_cluster(db, source_id)
        _live_cluster(db, target_id)
        db.execute("UPDATE claims SET cluster_id = ?, pinned_cluster = 1 WHERE cluster_id = ?", [target_id, source_id])
        db.execute("UPDATE clusters SET merged_into = ?, claim_count = 0, source_count = 0, updated_at = ? "
                   "WHERE id = ?", [target_id, now(), source_id])
        _recount(db, target_id)
        db.execute("UPDATE clusters SET dirty = 1 WHERE id IN (?, ?)", [source_id, target_id])
        _audit(db, editor, "merge", f"cluster:{source_id}", f"cluster:{source_id}", f"cluster:{target_id}", reason)
    refresh_clusters(db, [target_id])  # label, counts and verdict follow at once, not at the next crawl


def split_cluster(db: Database, cluster_id: int, claim_ids: Iterable[int], editor: str, reason: str) -> int:
    """Move some of a cluster's claims into a new cluster of their own; returns the new cluster's id."""
    reason = _reason(reason)
    wanted = sorted({int(i) for i in claim_ids})
    with db.conn:
        cluster = _live_cluster(db, cluster_id)
        members = {row[0]: row[1] for row in db.execute("SELECT id, text FROM claims WHERE cluster_id = ?",
                                                        [cluster_id])}
        if not wanted or any(i not in members for i in wanted):
            raise EditorialError("choose one or more claims of this cluster to split off")
        if len(wanted) == len(members):
            raise EditorialError("leave at least one claim in the cluster; to move them all, merge instead")
        stamp = now()
        new_id = db.execute(
            "INSERT INTO clusters (key, slot, value, polarity, label, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [f"split-pending:{cluster_id}:{stamp}", cluster["slot"], cluster["value"], cluster["polarity"],
             members[wanted[0]], stamp],
        ).lastrowid
        db.execute("UPDATE clusters SET key = ? WHERE id = ?", [f"split:{new_id}", new_id])
        marks = ", ".join("?" * len(wanted))
        db.execute(f"UPDATE claims SET cluster_id = ?, pinned_cluster = 1 WHERE id IN ({marks})", [new_id, *wanted])
        _recount(db, cluster_id)
        _recount(db, new_id)
        db.execute("UPDATE clusters SET dirty = 1 WHERE id IN (?, ?)", [cluster_id, new_id])
        _audit(db, editor, "split", f"cluster:{cluster_id}", "claims " + ",".join(map(str, wanted)),
               f"cluster:{new_id}", reason)
    refresh_clusters(db, [cluster_id, new_id])
    return new_id


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
