"""The use cases that run the whole pipeline, one path each for the command line and the web.

`crawl_and_analyse` (crawl, schedule), `add_and_analyse` (recoupe add, the editors' add-a-page
form) and `reprocess`. Each owns its run record from start to finish: it opens the run,
runs the aggregator's step and the claims stage, records every error with its type, and
closes the run once, at the end. A process killed anywhere leaves the run "running", which
the next run marks "interrupted". The caller holds the writer lock.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable
from urllib.parse import urlsplit

from sqlite_utils import Database

from aggregator import addresses
from aggregator.config import CrawlSettings, IncidentSettings, SourceSettings
from aggregator.crawl import CrawlReport, add_page, run_crawl
from aggregator.runs import finish_run, record_error, start_run
from aggregator.sources import Source, create_manual_source, find_source
from claims.config import ClaimsSettings
from claims.idle import idle
from claims.editing.decisions import EditorialError, UrlRefused, audit, need_reason

if TYPE_CHECKING:
    from claims.embedding.encoder import Embedder
    from claims.pipeline import PipelineReport


def run_pipeline(db: Database, **kwargs) -> "PipelineReport":
    """claims.pipeline.run_pipeline, imported on first use: a run with nothing to analyse never loads it."""
    started = time.perf_counter()
    from claims.pipeline import run_pipeline as run

    imported = time.perf_counter() - started
    report = run(db, **kwargs)
    report.watch.add("imports", imported)
    return report

log = logging.getLogger(__name__)

Progress = Callable[[int], object] | None


class PermissionRefused(EditorialError):
    """The editor's role does not allow this (only admins decide which sources are official)."""


@dataclass
class JobReport:
    """One run of a use case: its record's id and final status, and what each stage did."""

    run_id: int
    status: str
    crawl: CrawlReport
    claims: PipelineReport | None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def stages(self) -> Counter:
        """Seconds per stage of the run: fetch, extraction (the crawl's), model, claims, embedding, upkeep."""
        seconds = Counter(self.crawl.watch.seconds)
        if self.claims is not None:
            seconds.update(self.claims.watch.seconds)
        return seconds

    @property
    def article_ids(self) -> tuple[int, ...]:
        return tuple(sorted(self.crawl.article_ids))

    def summary(self) -> str:
        line = self.crawl.summary()
        return f"{line}; {self.claims.summary()}" if self.claims is not None else line


def crawl_and_analyse(db: Database, *, sources: Iterable[SourceSettings], crawl: CrawlSettings,
                      incident: IncidentSettings, claims: ClaimsSettings, embedder: Embedder | None = None,
                      client=None, crawl_progress: Progress = None, claims_progress: Progress = None) -> JobReport:
    """One incremental run: poll and fetch every source, then analyse what changed, under one run record."""
    run_id = start_run(db, "crawl")
    fetched = run_crawl(db, sources=sources, settings=crawl, client=client, progress=crawl_progress, run_id=run_id)
    if not fetched.article_ids and idle(db):
        log.info("run %d: nothing new to analyse; the claims stage is skipped", run_id)
        return _finish(db, run_id, fetched, None)
    log.info("run %d: claims stage", run_id)
    analysed = run_pipeline(db, incident=incident, settings=claims, embedder=embedder, progress=claims_progress)
    return _finish(db, run_id, fetched, analysed)


def reprocess(db: Database, *, incident: IncidentSettings, claims: ClaimsSettings,
              embedder: Embedder | None = None, progress: Progress = None) -> JobReport:
    """Re-extract and re-cluster everything from stored text; nothing changes if the model cannot load."""
    run_id = start_run(db, "reprocess")
    analysed = run_pipeline(db, incident=incident, settings=claims, embedder=embedder, reprocess=True,
                            progress=progress)
    return _finish(db, run_id, CrawlReport(run_id=run_id), analysed)


def check_add(db: Database, url: str, *, admin: bool, crawl: CrawlSettings, official: bool = False,
              source_name: str | None = None) -> str:
    """The address, checked, if this editor may add it as asked; UrlRefused or PermissionRefused otherwise.

    Writes nothing: the web runs it in the request, before queueing the add for its worker,
    and add_and_analyse runs it again when the add happens.
    """
    try:
        if crawl.allow_private_addresses:
            addresses.parse(url)
            url = url.strip()
        else:
            url = addresses.check_public(url)
    except addresses.AddressError as exc:
        raise UrlRefused(str(exc)) from None
    _existing_source(db, _source_name(url, source_name), official=official, admin=admin)
    return url


def add_and_analyse(db: Database, url: str, *, editor: str, admin: bool, reason: str, crawl: CrawlSettings,
                    incident: IncidentSettings | None, claims: ClaimsSettings | None, official: bool = False,
                    source_name: str | None = None, embedder: Embedder | None = None, client=None,
                    on_stage: Callable[[str], object] | None = None) -> JobReport:
    """Fetch one page now (a communiqué in no feed), store it, analyse it, and audit it under the editor's name.

    The address is checked first (aggregator.addresses: public hosts only unless the
    configuration allows private ones). Adding a page never changes an existing source;
    creating an official source, or adding to an official one, is for admins. Without
    `incident` (a web app built with no configuration, in tests) the page is stored only.
    `on_stage("analysing")` tells a caller following the add (the web's worker) where it is.
    """
    reason = need_reason(reason)
    url = check_add(db, url, admin=admin, crawl=crawl, official=official, source_name=source_name)
    source = _source_for(db, url, source_name, official=official, editor=editor, admin=admin, reason=reason)
    run_id = start_run(db, "add")
    fetched = add_page(db, url, source=source, settings=crawl, client=client, run_id=run_id,
                       guard_private=not crawl.allow_private_addresses)
    analysed = None
    if incident is not None and claims is not None and fetched.article_ids:
        if on_stage is not None:
            on_stage("analysing")
        analysed = run_pipeline(db, incident=incident, settings=claims, embedder=embedder)
    report = _finish(db, run_id, fetched, analysed)
    with db.transaction():
        audit(db, editor, "add_url", f"source:{source.id}", None,
              f"{url} -> run {run_id}, articles {','.join(map(str, report.article_ids)) or 'none'}", reason)
    return report


def _source_name(url: str, name: str | None) -> str:
    return (name or "").strip() or (urlsplit(url).hostname or url)


def _existing_source(db: Database, name: str, *, official: bool, admin: bool) -> Source | None:
    """The source of that name if there is one; PermissionRefused if this add would need what the role lacks."""
    existing = find_source(db, name)
    if existing is not None:
        if official and not existing.official:
            raise PermissionRefused(f"the source {name!r} exists and is not official; adding a page does not "
                                    "change a source: an admin can mark it official on the sources page")
        if existing.official and not admin:
            raise PermissionRefused(f"{name!r} is an official source: only an admin adds pages to it")
    elif official and not admin:
        raise PermissionRefused("only an admin can create an official source")
    return existing


def _source_for(db: Database, url: str, name: str | None, *, official: bool, editor: str, admin: bool,
                reason: str) -> Source:
    """The source the page joins: an existing one as it is, or a new one (audited)."""
    name = _source_name(url, name)
    existing = _existing_source(db, name, official=official, admin=admin)
    if existing is not None:
        return existing
    with db.transaction():
        source = create_manual_source(db, name, url, official=official, set_by=editor if official else None)
        audit(db, editor, "add_source", f"source:{source.id}", None, name, reason)
        if official:
            audit(db, editor, "official", f"source:{source.id}", "false", "true", reason)
    return source


def _finish(db: Database, run_id: int, fetched: CrawlReport, analysed: PipelineReport | None) -> JobReport:
    """Close the run: the claims stage's errors join the crawl's, each with its type; one status for both."""
    counts = Counter(fetched.counts)
    if analysed is not None:
        from claims.pipeline import ArticleFailed

        for exc in analysed.errors:
            record_error(db, run_id, exc, url=exc.url if isinstance(exc, ArticleFailed) else None)
        counts["errors"] += len(analysed.errors)
        counts.update({f"claims_{k}": v for k, v in analysed.counts.items()})
    status = finish_run(db, run_id, counts)
    fetched.status = status
    fetched.counts["errors"] = counts["errors"]
    return JobReport(run_id, status, fetched, analysed)
